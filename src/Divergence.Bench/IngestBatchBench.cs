using System.Net.Http.Json;

namespace Divergence.Bench;

/// <summary>
/// Figure 2, batch path: POST /api/statements/batch (analysis spread over the cores, one transaction a batch)
/// against the same analysis-only rate as the per-request figure. Two clients, so that one batch's write
/// overlaps the next one's analysis.
/// </summary>
public static class IngestBatchBench
{
    const int Clients = 2;
    const int PerBatch = 50;

    public static async Task Run(BenchContext ctx, ServerProcess server, double analysisRate)
    {
        await Post(server, ctx, "batch-warm", 0);
        var result = await LoadGenerator.Run(Clients, ctx.Options.Phase, n => Post(server, ctx, "batch-ingest", n));
        var rate = result.PerSecond * PerBatch;
        var ratio = rate / analysisRate;
        ctx.Add(new Figure($"HTTP ingest, POST /api/statements/batch ({PerBatch} a request), {Clients} clients", ">= 0.80x analysis-only rate (2 workers)",
            $"{rate:0.0} statements/s, per batch {result.Latencies}, {result.Failures} failed (analysis-only {analysisRate:0.0}/s)",
            ratio, ratio >= 0.8 && result.Failures == 0, ctx.Options.Command + " --only analysis,ingest"));
    }

    /// <summary>Batch n: statements n*PerBatch.., two to an engagement as in the per-request figure.</summary>
    static async Task<bool> Post(ServerProcess server, BenchContext ctx, string prefix, int n)
    {
        var statements = Enumerable.Range(n * PerBatch, PerBatch).Select(i =>
            ctx.Corpus.Statements[i % ctx.Corpus.Statements.Count].Command($"{prefix}-{i / 2:D6}", EngagementEvents.Epoch.AddMinutes(i)));
        using var response = await server.Client.PostAsJsonAsync("/api/statements/batch", new { statements });
        if (!response.IsSuccessStatusCode)
            Console.Error.WriteLine($"  POST batch {n}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response.IsSuccessStatusCode;
    }
}
