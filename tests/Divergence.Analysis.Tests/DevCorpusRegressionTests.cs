using Divergence.Analysis.Comparison;
using Divergence.Analysis.Evaluation;

namespace Divergence.Analysis.Tests;

/// <summary>Guards on the development sets, read and tuned against (tests/corpus-holdout since round 5,
/// tests/corpus-dev2 since round 7, tests/corpus-dev3 since round 10, tests/corpus-dev4 and tests/corpus-dev5 since round
/// 13): floors just under what was last measured there (1.5: P 0.95 R 0.92, P 0.96 R 0.94, P 0.85 R 0.74, P 0.74 R 0.62,
/// P 0.75 R 0.57), so a change that helps one corpus at another's expense fails here.</summary>
public class DevCorpusRegressionTests
{
    [Theory]
    [InlineData("corpus-holdout", 10, 0.93, 0.87)]
    [InlineData("corpus-dev2", 12, 0.92, 0.90)]
    [InlineData("corpus-dev3", 12, 0.75, 0.68)]
    [InlineData("corpus-dev4", 12, 0.70, 0.58)]
    [InlineData("corpus-dev5", 12, 0.70, 0.54)]
    public void Development_set_precision_recall_and_false_alarms_stay_above_their_floors(string corpus, int pairs, double precision, double recall)
    {
        var folder = Shared.CorpusFolder(corpus) ?? throw new InvalidOperationException($"tests/{corpus} not found");
        var scores = new CorpusEvaluator(Shared.Analyzer, new AccountComparer())
            .Evaluate(CorpusPair.LoadAll(folder), AccountComparer.ReportingConfidence);
        var s = CorpusSummary.Of(scores);
        s.Pairs.ShouldBeGreaterThanOrEqualTo(pairs);
        s.Omissions.Precision.ShouldBeGreaterThanOrEqualTo(precision);
        s.Omissions.Recall.ShouldBeGreaterThanOrEqualTo(recall);
        s.FalseAlarmsPerAgreeingPair.ShouldBeLessThanOrEqualTo(0.1);
    }
}
