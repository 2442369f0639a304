using System.Diagnostics;
using Divergence.Server.Engagements;
using Divergence.Server.Patterns;
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
        // The server's async daemon would race the rebuild and the bulk load: the server is done with by now.
        await ctx.StopServer();
        // Run alone (--only rebuild), nothing has created the schema yet.
        await ctx.Store.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
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

        // Every projection the server registers, one after another, as its rebuild endpoint does.
        var store = ctx.Store.Store;
        var trivial = await Rebuild<EventCountProjection>(store);
        // All three at once, as the server's rebuild endpoint runs them: one is CPU-bound on reading the events,
        // the others mostly wait on PostgreSQL writes, so they overlap on the two cores.
        var wall = Stopwatch.StartNew();
        var each = await Task.WhenAll(
            Named("EngagementReport", Rebuild<EngagementReportProjection>(store)),
            Named("TopicTimeline", Rebuild<TopicTimelineProjection>(store)),
            Named("IssuerPairStatistics", Rebuild<IssuerPairStatisticsProjection>(store)));
        var all = wall.Elapsed;

        var ratio = trivial.TotalSeconds / all.TotalSeconds;
        ctx.Add(new Figure($"rebuild every projection, {statements} statements ({events} events)", ">= 0.25x trivial projection; < 60 s",
            $"{all.TotalSeconds:0.0} s, {events / all.TotalSeconds:0} events/s (concurrently: {string.Join(", ", each.Select(e => $"{e.Name} {e.Time.TotalSeconds:0.0} s"))}); " +
            $"trivial counting projection {trivial.TotalSeconds:0.0} s, {events / trivial.TotalSeconds:0} events/s",
            ratio, ratio >= 0.25 && all.TotalSeconds < 60, o.Command + " --only rebuild"));
    }

    static async Task<(string Name, TimeSpan Time)> Named(string name, Task<TimeSpan> rebuild) => (name, await rebuild);

    static async Task<TimeSpan> Rebuild<T>(IDocumentStore store)
    {
        using var daemon = await store.BuildProjectionDaemonAsync();
        var clock = Stopwatch.StartNew();
        await daemon.RebuildProjectionAsync<T>(TimeSpan.FromMinutes(10), CancellationToken.None);
        return clock.Elapsed;
    }
}
