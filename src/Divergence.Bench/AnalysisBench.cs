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
        var rate = new Rate(analysis.PerSecond, sentences / analysis.Elapsed.TotalSeconds);
        var ratio = inference.PerSecond / analysis.PerSecond; // analysis time / inference time, same statements
        ctx.Add(new Figure($"analysis throughput, {workers} worker(s)", "<= 1.30x inference time",
            $"{rate.Statements:0.0} statements/s, {rate.Sentences:0} sentences/s (bare inference {inference.PerSecond:0.0} statements/s)",
            ratio, ratio <= 1.3, ctx.Options.Command + " --only analysis"));
        return rate;
    }
}
