using Divergence.Analysis;
using Divergence.Analysis.Comparison;
using Divergence.Analysis.Evaluation;

namespace Divergence.Cli.Commands;

/// <summary>`divergence eval CORPUS`: precision, recall and F1 of omissions per direction, framing recall, and
/// false alarms per agreeing pair, against the labelled corpus (see tests/corpus/README.md).</summary>
static class EvalCommand
{
    static readonly double[] ConfidenceSteps = [0.6, 0.7, 0.8, 0.9];

    public static int Run(CommandLine cl)
    {
        cl.RejectUnknown("min-confidence", "verbose", "features", "split");
        if (cl.Positionals.Count != 1) throw new UsageException("eval takes the corpus folder: divergence eval tests/corpus");
        var folder = cl.Positionals[0];
        if (!Directory.Exists(folder)) throw new IOException($"cannot read '{folder}': no such folder");
        var minimum = cl.Number("min-confidence", AccountComparer.ReportingConfidence, 0, 1);

        var analyzer = new StatementAnalyzer();
        var pairs = EvalSplit.Select(CorpusPair.LoadAll(folder), cl.Optional("split", "all"));
        if (cl.Options.TryGetValue("features", out var featuresPath) && featuresPath is not null)
            EvalFeatures.Write(featuresPath, analyzer, pairs);
        var evaluator = new CorpusEvaluator(analyzer, new AccountComparer(analyzer.Taxonomy));
        var scores = evaluator.Evaluate(pairs, minimum);
        if (cl.Flag("verbose")) EvalReport.WriteDetails(Console.Out, scores);
        EvalReport.WriteSummary(Console.Out, analyzer.Version, minimum, scores);
        if (minimum > 0)
        {
            // What the open-vocabulary candidates below the reporting threshold would add.
            var all = CorpusSummary.Of(evaluator.Evaluate(pairs, 0));
            Console.WriteLine($"with every candidate (min confidence 0): omissions P {all.Omissions.Precision:0.00} R {all.Omissions.Recall:0.00} F1 {all.Omissions.F1:0.00}, false alarms per agreeing pair {all.FalseAlarmsPerAgreeingPair:0.00}");
        }
        // What a stricter --min-confidence buys: is a confidence the precision it claims to be?
        var stricter = ConfidenceSteps.Where(m => m > minimum).Select(m => (m, CorpusSummary.Of(evaluator.Evaluate(pairs, m)))).ToList();
        EvalReport.WriteByConfidence(Console.Out, stricter);
        return 0;
    }
}
