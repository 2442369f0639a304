using Divergence.Analysis.Comparison;
using Divergence.Analysis.Evaluation;

namespace Divergence.Analysis.Tests;

/// <summary>Guards on the development sets, read and tuned against (tests/corpus-holdout since round 5,
/// tests/corpus-dev2 since round 7, tests/corpus-dev3 since round 10, tests/corpus-dev4 and tests/corpus-dev5 since round
/// 13, tests/corpus-dev6 since round 14, tests/corpus-dev7 since round 15, tests/corpus-dev8 since round 16,
/// tests/corpus-dev9 since round 17, tests/corpus-dev10 since round 18, tests/corpus-dev11 since round 19, tests/corpus-dev12
/// since round 20, tests/corpus-dev13 since round 21, tests/corpus-dev14 since round 22, tests/corpus-dev15 since round 23): floors just under what was measured when each was first guarded
/// (2.1, one omission per topic and direction: P 0.97 R 0.95, P 0.96 R 0.96, P 0.86 R 0.80, P 0.77 R 0.75, P 0.81 R 0.73,
/// P 0.89 R 0.71, P 0.95 R 0.72, P 0.92 R 0.80, P 0.89 R 0.86, P 0.85 R 0.79, P 0.84 R 0.77; 2.3: dev12 P 0.85 R 0.81,
/// dev13 P 0.89 R 0.75; 2.4: dev14 P 0.95 R 0.83; 2.5: dev15 P 0.90 R 0.76), so a change that helps one corpus at another's expense fails here.</summary>
public class DevCorpusRegressionTests
{
    [Theory]
    // Round 20: recall 0.95 -> 0.92, one label found only for a wrong reason before (the "Energy" inside "International
    // Atomic Energy Agency" read as the energy topic; the other side's own briefing speaks of Iran and the IAEA).
    [InlineData("corpus-holdout", 10, 0.94, 0.91, 0.0)]
    [InlineData("corpus-dev2", 12, 0.92, 0.93, 0.0)]
    [InlineData("corpus-dev3", 12, 0.84, 0.77, 0.0)]
    [InlineData("corpus-dev4", 12, 0.74, 0.72, 0.0)]
    [InlineData("corpus-dev5", 12, 0.78, 0.70, 0.0)]
    [InlineData("corpus-dev6", 12, 0.86, 0.68, 0.0)]
    [InlineData("corpus-dev7", 12, 0.92, 0.69, 0.0)]
    [InlineData("corpus-dev8", 12, 0.89, 0.76, 0.0)]
    [InlineData("corpus-dev9", 12, 0.86, 0.83, 0.0)]
    [InlineData("corpus-dev10", 12, 0.82, 0.76, 0.5)]
    [InlineData("corpus-dev11", 12, 0.82, 0.74, 0.5)]
    [InlineData("corpus-dev12", 12, 0.82, 0.78, 0.5)]
    [InlineData("corpus-dev13", 12, 0.86, 0.72, 0.5)]
    [InlineData("corpus-dev14", 12, 0.92, 0.80, 0.5)]
    [InlineData("corpus-dev15", 12, 0.87, 0.73, 0.5)]
    [InlineData("corpus-dev16", 12, 0.87, 0.72, 0.5)]
    // Round 25: dev17 read (validation set of round 24: 0.71 / 0.69 with 2.6), guarded at 2.7's 0.81 / 0.73.
    [InlineData("corpus-dev17", 12, 0.78, 0.70, 1.0)]
    // Round 26: dev18 read (validation set of round 25: 0.87 / 0.61 with 2.6 and 2.7), guarded at 2.8's 0.91 / 0.79.
    [InlineData("corpus-dev18", 12, 0.88, 0.76, 0.5)]
    // Round 27: dev19 read (validation set of round 26: 0.81 / 0.65 with 2.7 and 2.8), guarded at 2.9's 0.85 / 0.70.
    [InlineData("corpus-dev19", 12, 0.82, 0.67, 0.5)]
    // Round 28: dev20 read (validation set of round 27: 0.84 / 0.71 with 2.8 and 2.9), guarded at 3.0's 0.94 / 0.74.
    [InlineData("corpus-dev20", 12, 0.90, 0.70, 0.5)]
    // Round 29: dev21 read (validation set of round 28: 0.75 / 0.71 with 2.9, 0.77 / 0.74 with 3.0), guarded at 3.1's 0.85 / 0.79.
    [InlineData("corpus-dev21", 12, 0.80, 0.75, 0.5)]
    // Round 30: dev22 read (validation set of round 29: 0.84 / 0.73 with 3.0 and 3.1), guarded at 3.2's 0.89 / 0.83.
    [InlineData("corpus-dev22", 12, 0.85, 0.78, 0.5)]
    // Round 31: dev23 read (validation set of round 30: 0.77 / 0.77 with 3.1 and 3.2), guarded at 3.3's 0.88 / 0.82.
    [InlineData("corpus-dev23", 12, 0.85, 0.78, 0.5)]
    // Round 32: dev24 read (validation set of round 31: 0.81 / 0.66 with 3.2 and 3.3), guarded at 3.4's 0.93 / 0.76.
    [InlineData("corpus-dev24", 12, 0.90, 0.73, 0.5)]
    // Round 33: dev25 read (validation set of round 32: 0.84 / 0.68 with 3.3, 0.83 / 0.68 with 3.4), guarded at 3.5's 0.93 / 0.83.
    [InlineData("corpus-dev25", 12, 0.90, 0.80, 0.5)]
    // Round 34: dev26 read (validation set of round 33: 0.86 / 0.73 with 3.4, 0.87 / 0.77 with 3.5), guarded at 3.6's 0.95 / 0.89.
    [InlineData("corpus-dev26", 12, 0.90, 0.85, 0.5)]
    // Round 35: dev27 read (validation set of round 34: 0.86 / 0.75 with 3.5 and 3.6), guarded at 3.7's 0.88 / 0.82.
    [InlineData("corpus-dev27", 12, 0.85, 0.80, 0.5)]
    // Round 36: dev28 read (validation set of round 35: 0.84 / 0.69 with 3.6, 0.84 / 0.70 with 3.7), guarded at 3.8's 0.84 / 0.70.
    [InlineData("corpus-dev28", 12, 0.80, 0.65, 0.5)]
    // Round 37: dev29 read (validation set of round 36: 0.84 / 0.73 with 3.7 and 3.8), guarded at 3.9's 0.96 / 0.82.
    [InlineData("corpus-dev29", 12, 0.90, 0.78, 0.5)]
    // Round 38: dev30 read (validation set of round 37: 0.92 / 0.72 with 3.8, 0.92 / 0.73 with 3.9), guarded at 3.10's 0.95 / 0.82.
    [InlineData("corpus-dev30", 12, 0.90, 0.78, 0.5)]
    // Round 39: dev31 read (validation set of round 38: 0.81 / 0.79 with 3.9, 0.80 / 0.79 with 3.10), guarded at 3.11's 0.89 / 0.85.
    [InlineData("corpus-dev31", 12, 0.85, 0.80, 0.5)]
    // Round 40: dev32 read (validation set of round 39: 0.82 / 0.75 with 3.10 and 3.11), guarded at 3.12's 0.89 / 0.83.
    [InlineData("corpus-dev32", 12, 0.85, 0.78, 0.5)]
    // Round 41: dev33 read (validation set of round 40: 0.86 / 0.85 with 3.11 and 3.12), guarded at 3.13's 0.89 / 0.90.
    [InlineData("corpus-dev33", 12, 0.85, 0.85, 0.5)]
    // Round 42: dev34 read (validation set of round 41: 0.70 / 0.75 with 3.12, 0.71 / 0.76 with 3.13), guarded at 3.14's 0.85 / 0.84.
    [InlineData("corpus-dev34", 12, 0.80, 0.80, 0.5)]
    // Round 43: dev35 read (validation set of round 42: 0.85 / 0.75 with 3.13 and 3.14), guarded at 3.15's 0.91 / 0.82.
    [InlineData("corpus-dev35", 12, 0.85, 0.80, 0.5)]
    // Round 44: dev36 read (validation set of round 43: 0.79 / 0.70 with 3.14 and 3.15), guarded at 3.16's 0.86 / 0.85.
    [InlineData("corpus-dev36", 12, 0.82, 0.80, 0.5)]
    // Agreeing pairs only (no labels: precision and recall are 1 by definition); the false alarms are the guard.
    // 320 pairs since round 44 (310 since round 43, at 0.18 with 3.15) (first evaluations: pairs 31-40 0.80 each, 41-50 1.20, 51-60 1.10, 61-70
    // 1.00, 71-80 0.60, 81-90 1.00, 91-100 0.30, 101-110 1.10, 111-120 0.70, 121-130 1.20, 131-140 0.50, 141-150 0.50, 151-160
    // 0.60, 161-170 0.30, 171-180 1.10, 181-190 0.80, 191-200 0.40, 201-210 0.90, 211-220 0.80, 221-230 1.30, 231-240
    // 0.80, 241-250 1.50, 251-260 1.10, 261-270 1.40, 271-280 0.80, 281-290 1.20, 291-300 1.30, 301-310 1.10,
    // 311-320 1.60): the ceiling is the 0.25 target.
    [InlineData("corpus-agree", 320, 0.0, 0.0, 0.25)]
    public void Development_set_precision_recall_and_false_alarms_stay_above_their_floors(string corpus, int pairs, double precision, double recall, double falseAlarms)
    {
        var folder = Shared.CorpusFolder(corpus) ?? throw new InvalidOperationException($"tests/{corpus} not found");
        var scores = new CorpusEvaluator(Shared.Analyzer, new AccountComparer())
            .Evaluate(CorpusPair.LoadAll(folder), AccountComparer.ReportingConfidence);
        var s = CorpusSummary.Of(scores);
        s.Pairs.ShouldBeGreaterThanOrEqualTo(pairs);
        s.Omissions.Precision.ShouldBeGreaterThanOrEqualTo(precision);
        s.Omissions.Recall.ShouldBeGreaterThanOrEqualTo(recall);
        s.FalseAlarmsPerAgreeingPair.ShouldBeLessThanOrEqualTo(falseAlarms);
    }
}
