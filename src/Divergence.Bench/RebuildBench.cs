using System.Diagnostics;
using Divergence.Server.Engagements;
using Marten;

namespace Divergence.Bench;

/// <summary>
/// Figure 6: rebuilding the projections from the event store over many statements, against a trivial counting
/// projection over the same events in the same run. Events beyond what the earlier sections wrote are
/// appended through a bare store (no inline projection), as a long-running tracker would hold them.
/// </summary>
public static class RebuildBench
{
    public static async Task Run(BenchContext ctx)
    {
        var o = ctx.Options;
        var recorded = $"select count(*) from {o.Schema}.mt_events where type = 'statement_recorded'";
        var existing = await Sql.Scalar(o.ConnectionString, recorded);
        var missing = (int)Math.Max(0, (o.RebuildStatements - existing + 1) / 2);
        using (var bare = InProcessStore.Bare(o.ConnectionString, o.Schema))
        {
            var loaded = await BulkLoader.Load(bare, ctx.Corpus, "rebuild", missing, withProjection: false);
            ctx.Add(new Figure($"bulk load, events only, {missing} engagements", "-",
                $"{loaded.EngagementsPerSecond:0} engagements/s ({loaded.Events / Math.Max(0.001, loaded.Elapsed.TotalSeconds):0} events/s)",
                null, null, o.Command + " --only rebuild"));
        }
        await Sql.Analyze(o);
        var statements = await Sql.Scalar(o.ConnectionString, recorded);
        var events = await Sql.Scalar(o.ConnectionString, $"select count(*) from {o.Schema}.mt_events");

        var store = ctx.Store.Store;
        var trivial = await Rebuild(store, "BenchEventCount");
        var report = await Rebuild(store, typeof(EngagementReport).Name);
        var documents = await Sql.Scalar(o.ConnectionString, $"select count(*) from {o.Schema}.mt_doc_engagementreport");

        var ratio = trivial.TotalSeconds / report.TotalSeconds;
        ctx.Add(new Figure($"rebuild EngagementReport, {statements} statements ({events} events)", ">= 0.25x trivial projection; < 60 s",
            $"{report.TotalSeconds:0.0} s, {events / report.TotalSeconds:0} events/s, {documents} documents; trivial counting projection {trivial.TotalSeconds:0.0} s, {events / trivial.TotalSeconds:0} events/s",
            ratio, ratio >= 0.25 && report.TotalSeconds < 60, o.Command + " --only rebuild"));
    }

    static async Task<TimeSpan> Rebuild(IDocumentStore store, string projection)
    {
        using var daemon = await store.BuildProjectionDaemonAsync();
        var clock = Stopwatch.StartNew();
        await daemon.RebuildProjectionAsync(projection, TimeSpan.FromMinutes(10), CancellationToken.None);
        return clock.Elapsed;
    }
}
