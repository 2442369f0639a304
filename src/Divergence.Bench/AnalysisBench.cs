using Divergence.Analysis;
using Divergence.Analysis.Embedding;

namespace Divergence.Bench;

/// <summary>
/// Figure 1: statements and sentences analysed per second with one and two workers, against bare model inference
/// over the very inputs the analysis gives the model (so the ratio is what the engine adds around the model).
/// </summary>
public static class AnalysisBench
{
    public sealed record Rate(double Statements, double Sentences);

    /// <summary>Analysis alone, as the ingest figures' baseline: statements a second and CPU milliseconds a statement.</summary>
    public sealed record Baseline(double PerSecond, double CpuMsPerStatement);

    /// <summary>
    /// The analysis-only baseline must be as warm as the server it is compared with: in a process that has not run
    /// the analysis section, the first seconds of analysis still run partly re-compiled code, which lowered the
    /// baseline and raised the ingest ratio (alternating `--only ingest` against `--only analysis,ingest`:
    /// 0.82x / 0.83x against 0.79x / 0.78x at the same server throughput). Runs as long as the analysis section
    /// would, once per process.
    /// </summary>
    public static async Task EnsureWarm(BenchContext ctx)
    {
        if (ctx.AnalysisWarm) return;
        await Measure(ctx, 2, ctx.Options.Phase * 4); // sets AnalysisWarm
    }

    public static async Task<Baseline> Measure(BenchContext ctx, int workers, TimeSpan duration)
    {
        var statements = ctx.Corpus.Statements;
        var cpu = ProcessCpu.Self();
        var result = await LoadGenerator.Run(workers, duration, n =>
        {
            var s = statements[n % statements.Count];
            ctx.Analyzer.Analyze(s.Text, s.Language);
            return Task.FromResult(true);
        });
        return new Baseline(result.PerSecond, (ProcessCpu.Self() - cpu).TotalMilliseconds / result.Operations);
    }

    public static async Task<Rate> Run(BenchContext ctx, int workers)
    {
        var statements = ctx.Corpus.Statements;
        var inputs = statements.Select(s => s.ModelInputs).ToList();
        var analyzer = ctx.Analyzer;
        var sentences = 0L;
        var analysis = await LoadGenerator.Run(workers, ctx.Options.Phase, n =>
        {
            var s = statements[n % statements.Count];
            Interlocked.Add(ref sentences, analyzer.Analyze(s.Text, s.Language).SentenceCount);
            return Task.FromResult(true);
        });
        var inference = await LoadGenerator.Run(workers, ctx.Options.Phase, n =>
        {
            SentenceEmbedder.Shared.Embed(inputs[n % inputs.Count]);
            return Task.FromResult(true);
        });
        ctx.AnalysisWarm = true;
        var rate = new Rate(analysis.PerSecond, sentences / analysis.Elapsed.TotalSeconds);
        var ratio = inference.PerSecond / analysis.PerSecond; // analysis time / inference time, same statements
        ctx.Add(new Figure($"analysis throughput, {workers} worker(s)", "<= 1.30x inference time",
            $"{rate.Statements:0.0} statements/s, {rate.Sentences:0} sentences/s (bare inference {inference.PerSecond:0.0} statements/s)",
            ratio, ratio <= 1.3, ctx.Options.Command + " --only analysis"));
        return rate;
    }
}
