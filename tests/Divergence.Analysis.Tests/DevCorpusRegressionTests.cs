using Divergence.Analysis.Comparison;
using Divergence.Analysis.Evaluation;

namespace Divergence.Analysis.Tests;

/// <summary>A guard on the development set (tests/corpus-holdout, read and tuned against since round 5): floors
/// just under what the last round measured (0.9: P 0.95, R 0.89), so a change that helps the tuning corpus at its
/// expense fails here. tests/corpus-dev2 has its own floor in Round7Tests.</summary>
public class DevCorpusRegressionTests
{
    [Fact]
    public void Dev_set_precision_recall_and_false_alarms_stay_above_their_floors()
    {
        var folder = Shared.CorpusFolder("corpus-holdout") ?? throw new InvalidOperationException("tests/corpus-holdout not found");
        var scores = new CorpusEvaluator(Shared.Analyzer, new AccountComparer())
            .Evaluate(CorpusPair.LoadAll(folder), AccountComparer.ReportingConfidence);
        var s = CorpusSummary.Of(scores);
        s.Pairs.ShouldBeGreaterThanOrEqualTo(10);
        s.Omissions.Precision.ShouldBeGreaterThanOrEqualTo(0.93);
        s.Omissions.Recall.ShouldBeGreaterThanOrEqualTo(0.87);
        s.FalseAlarmsPerAgreeingPair.ShouldBeLessThanOrEqualTo(0.1);
    }
}
