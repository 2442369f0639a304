using Divergence.Server.Engagements;
using Marten;

namespace Divergence.Bench;

/// <summary>
/// Figure 4: GET /api/engagements/{key}/report for random engagements among many, with concurrent loopback
/// clients, against a bare in-process Marten load of the same documents with the same concurrency.
/// </summary>
public static class ReadBench
{
    const int Clients = 16;
    const string Prefix = "read";

    public static async Task Run(BenchContext ctx)
    {
        var o = ctx.Options;
        var count = o.ReadEngagements;
        var loaded = await BulkLoader.Load(ctx.Store.Store, ctx.Corpus, Prefix, count, withProjection: true);
        ctx.Add(new Figure($"bulk load with inline report, {count} engagements", "-",
            $"{loaded.EngagementsPerSecond:0} engagements/s ({loaded.Events / loaded.Elapsed.TotalSeconds:0} events/s, {loaded.Elapsed.TotalSeconds:0.0} s)",
            null, null, o.Command + " --only read"));
        await Sql.Analyze(o);
        var size = await Sql.Scalar(o.ConnectionString, $"select avg(pg_column_size(data))::bigint from {o.Schema}.mt_doc_engagementreport");

        var server = await ctx.Server();
        // The server's async projections (topic timelines, issuer-pair statistics) catch up on the bulk load
        // first, so that the reads measure reads.
        var caughtUp = await Sql.WaitForAsyncProjections(o, 2, TimeSpan.FromMinutes(5));
        ctx.Add(new Figure($"async projections catch up on the bulk load ({loaded.Events} events)", "-",
            caughtUp is { } t ? $"{t.TotalSeconds:0.0} s after the load" : "not within 5 min", null, null, o.Command + " --only read"));
        string Key(int n) => $"{Prefix}-{Random.Shared.Next(count):D6}";
        await LoadGenerator.Run(Clients, TimeSpan.FromSeconds(1), n => Get(server, Key(n))); // warm-up
        var http = await LoadGenerator.Run(Clients, o.Phase, n => Get(server, Key(n)));
        var bare = await LoadGenerator.Run(Clients, o.Phase, async n =>
        {
            await using var session = ctx.Store.Store.QuerySession();
            return await session.LoadAsync<EngagementReport>(Key(n)) is not null;
        });

        var met = http.PerSecond >= 2000 && http.Latencies.P99 <= 5 && http.Failures == 0;
        ctx.Add(new Figure($"report read, {Clients} clients, {count} engagements", ">= 2,000 req/s and p99 <= 5 ms",
            $"{http.PerSecond:0} req/s, {http.Latencies}, {http.Failures} failed; bare Marten load {bare.PerSecond:0}/s, p99 {bare.Latencies.P99:0.00} ms; document {size / 1024.0:0.0} KB",
            http.PerSecond / bare.PerSecond, met, o.Command + " --only read"));
    }

    static async Task<bool> Get(ServerProcess server, string key)
    {
        using var response = await server.Client.GetAsync($"/api/engagements/{key}/report", HttpCompletionOption.ResponseContentRead);
        return response.IsSuccessStatusCode;
    }
}
