using System.Net.Http.Json;

namespace Divergence.Bench;

/// <summary>
/// Figure 2, batch path: POST /api/statements/batch (analysis spread over the cores, one transaction a batch)
/// against the analysis-only rate measured just before and after it. Two clients, so that one batch's write
/// overlaps the next one's analysis.
/// </summary>
public static class IngestBatchBench
{
    const int Clients = 2;
    const int PerBatch = 50;

    public static async Task Run(BenchContext ctx, ServerProcess server)
    {
        await LoadGenerator.Run(Clients, ctx.Options.Phase / 2, n => Post(server, ctx, "batch-warm", n)); // tiered JIT, as above
        var before = await AnalysisBench.Measure(ctx, 2, ctx.Options.Phase / 2);
        var (result, serverCpu) = await server.WithCpu(() => LoadGenerator.Run(Clients, ctx.Options.Phase, n => Post(server, ctx, "batch-ingest", n)));
        var after = await AnalysisBench.Measure(ctx, 2, ctx.Options.Phase / 2);
        var statements = result.Operations * PerBatch;
        ctx.Add(IngestBench.IngestFigure($"HTTP ingest, POST /api/statements/batch ({PerBatch} a request), {Clients} clients",
            statements / result.Elapsed.TotalSeconds, serverCpu, statements, $"per batch {result.Latencies}, {result.Failures} failed",
            result.Failures, before, after, ctx.Options.Command));
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
