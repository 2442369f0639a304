using System.Diagnostics;
using System.Net.Http.Json;

namespace Divergence.Bench;

/// <summary>
/// Figure 2: POST /api/statements against the real server with concurrent clients (analysis, decision, append,
/// inline projection, JSON both ways), against the analysis-only rate on the same two cores. The analysis-only
/// rate is measured just before and just after each ingest phase and averaged, so that other work on the
/// machine moving between phases does not bend the ratio; the server's CPU time per statement beside the
/// analysis CPU time per statement says what the server adds, whatever else the machine is doing.
/// </summary>
public static class IngestBench
{
    const int Clients = 4;
    const int SidesApart = 16;

    public static async Task Run(BenchContext ctx)
    {
        await AnalysisBench.EnsureWarm(ctx);
        var server = await ctx.Server();
        ctx.Add(new Figure("server start-up to first answer", "-", $"{server.StartUp.TotalSeconds:0.0} s", null, null, ctx.Options.Command + " --only ingest"));

        // The first POST pays for the first analysis in the process (model load).
        var first = Stopwatch.StartNew();
        await Post(server, ctx, "warm", 0);
        ctx.Add(new Figure("first POST after start-up", "-", $"{first.Elapsed.TotalMilliseconds:0} ms", null, null, ctx.Options.Command + " --only ingest"));
        // Then the same load for two phases before measuring: the runtime re-compiles hot code (tiered JIT) for
        // the first ~30-45 s of a new process (dotnet-counters: 300-1,000 methods a second, then under 50), which
        // a long-running server has long finished.
        await LoadGenerator.Run(Clients, ctx.Options.Phase * 2, n => Post(server, ctx, "warm", n + 1));

        var half = ctx.Options.Phase / 2;
        var before = await AnalysisBench.Measure(ctx, 2, half);
        var (result, serverCpu) = await server.WithCpu(() => LoadGenerator.Run(Clients, ctx.Options.Phase, n => Post(server, ctx, "ingest", n)));
        var after = await AnalysisBench.Measure(ctx, 2, half);
        ctx.Add(IngestFigure($"HTTP ingest, POST /api/statements, {Clients} clients", result.PerSecond, serverCpu, result.Operations,
            $"{result.Latencies}, {result.Failures} failed", result.Failures, before, after, ctx.Options.Command));
        await IngestBatchBench.Run(ctx, server);
    }

    public static Figure IngestFigure(string name, double statementsPerSecond, MachineCpu cpu, long statements, string latency, int failures,
        AnalysisBench.Baseline before, AnalysisBench.Baseline after, string command)
    {
        var baseline = (before.PerSecond + after.PerSecond) / 2;
        var analysisCpu = (before.CpuMsPerStatement + after.CpuMsPerStatement) / 2;
        var ratio = statementsPerSecond / baseline;
        var serverCpuMsPerStatement = cpu.Server.TotalMilliseconds / statements;
        return new Figure(name, ">= 0.80x analysis-only rate (2 workers)",
            $"{statementsPerSecond:0.0} statements/s vs analysis-only {before.PerSecond:0.0}/s before and {after.PerSecond:0.0}/s after; {latency}; " +
            $"server CPU {serverCpuMsPerStatement:0.0} ms a statement vs analysis {analysisCpu:0.0} ms ({analysisCpu / serverCpuMsPerStatement:0.00}x); {cpu.PerOperation(statements)}",
            ratio, ratio >= 0.8 && failures == 0, command + " --only ingest");
    }

    /// <summary>
    /// Operation n posts one side of an engagement's pair; the other side follows SidesApart operations later.
    /// Two governments' statements about one meeting arrive hours apart, not in the same millisecond: posting
    /// them back to back from concurrent clients made nearly every second statement lose the optimistic
    /// concurrency race and redo its write (a contest StoreRetry and the concurrency tests cover).
    /// </summary>
    static async Task<bool> Post(ServerProcess server, BenchContext ctx, string prefix, int n)
    {
        var engagement = n / (2 * SidesApart) * SidesApart + n % SidesApart;
        var side = n / SidesApart % 2;
        var s = ctx.Corpus.Statements[(2 * engagement + side) % ctx.Corpus.Statements.Count];
        var key = $"{prefix}-{engagement:D6}";
        var command = s.Command(key, EngagementEvents.Epoch.AddMinutes(n));
        using var response = await server.Client.PostAsJsonAsync("/api/statements", command);
        if (!response.IsSuccessStatusCode)
            Console.Error.WriteLine($"  POST {key}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response.IsSuccessStatusCode;
    }
}
