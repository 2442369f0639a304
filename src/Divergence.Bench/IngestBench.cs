using System.Diagnostics;
using System.Net.Http.Json;

namespace Divergence.Bench;

/// <summary>
/// Figure 2: POST /api/statements against the real server with concurrent clients (analysis, decision, append,
/// inline projection, JSON both ways), against the analysis-only rate on the same two cores.
/// </summary>
public static class IngestBench
{
    const int Clients = 4;

    public static async Task Run(BenchContext ctx)
    {
        var server = await ctx.Server();
        ctx.Add(new Figure("server start-up to first answer", "-", $"{server.StartUp.TotalSeconds:0.0} s", null, null, ctx.Options.Command + " --only ingest"));

        // The first POST pays for handler code generation and the first analysis in the process.
        var first = Stopwatch.StartNew();
        await Post(server, ctx, "warm", 0);
        ctx.Add(new Figure("first POST after start-up", "-", $"{first.Elapsed.TotalMilliseconds:0} ms", null, null, ctx.Options.Command + " --only ingest"));
        for (var i = 1; i < 8; i++) await Post(server, ctx, "warm", i);

        var analysisRate = ctx.AnalysisRateTwoWorkers ??= (await AnalysisBench.Run(ctx, 2)).Statements;
        var result = await LoadGenerator.Run(Clients, ctx.Options.Phase, n => Post(server, ctx, "ingest", n));
        var ratio = result.PerSecond / analysisRate;
        ctx.Add(new Figure($"HTTP ingest, {Clients} clients", ">= 0.80x analysis-only rate (2 workers)",
            $"{result.PerSecond:0.0} statements/s, {result.Latencies}, {result.Failures} failed (analysis-only {analysisRate:0.0}/s)",
            ratio, ratio >= 0.8 && result.Failures == 0, ctx.Options.Command + " --only analysis,ingest"));
        await IngestBatchBench.Run(ctx, server, analysisRate);
    }

    /// <summary>Statement n of the corpus: both statements of pair n/2 go to the same engagement, as in real use.</summary>
    static async Task<bool> Post(ServerProcess server, BenchContext ctx, string prefix, int n)
    {
        var s = ctx.Corpus.Statements[n % ctx.Corpus.Statements.Count];
        var key = $"{prefix}-{n / 2:D6}";
        var command = s.Command(key, EngagementEvents.Epoch.AddMinutes(n));
        using var response = await server.Client.PostAsJsonAsync("/api/statements", command);
        if (!response.IsSuccessStatusCode)
            Console.Error.WriteLine($"  POST {key}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response.IsSuccessStatusCode;
    }
}
