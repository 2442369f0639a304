using Divergence.Analysis.Comparison;
using Divergence.Analysis.Evaluation;

namespace Divergence.Analysis.Tests;

/// <summary>A regression guard on the labelled corpus: floors a little under what was measured (see
/// docs/analysis-calibration.md), so a change that costs precision or recall fails here.</summary>
public class CorpusRegressionTests
{
    static readonly Lazy<(IReadOnlyList<CorpusPair> Pairs, IReadOnlyList<PairScore> Scores)> Run = new(() =>
    {
        var folder = Shared.CorpusFolder() ?? throw new InvalidOperationException("tests/corpus not found");
        var pairs = CorpusPair.LoadAll(folder);
        var scores = new CorpusEvaluator(Shared.Analyzer, new AccountComparer()).Evaluate(pairs, AccountComparer.ReportingConfidence);
        return (pairs, scores);
    });

    [Fact]
    public void Precision_recall_and_false_alarms_stay_above_their_floors()
    {
        var s = CorpusSummary.Of(Run.Value.Scores);
        s.Pairs.ShouldBeGreaterThanOrEqualTo(20);
        s.Omissions.Precision.ShouldBeGreaterThanOrEqualTo(0.92);
        // 1.7 reads the leaders'-consensus formula as noise, as two independent writers do (five times: dev3, dev6); this set's two
        // labels of it (07, 08) are missed since: 0.89 -> 0.87 (99/114). 1.8 (taxonomy 2026.18) stopped reading "rice" inside
        // "price", which had found "never be bought at the price of its sovereignty" by accident: 0.86 (98/114); and no longer
        // reports denuclearization beside the Peninsula framing that quotes the same clause (17): 0.85 (97/114).
        s.Omissions.Recall.ShouldBeGreaterThanOrEqualTo(0.85);
        s.FalseAlarmsPerAgreeingPair.ShouldBeLessThanOrEqualTo(0.1);
        // Round 5 dropped one-sided demands as framing (all false on the dev set): 13 -> 9 of 32 here.
        s.Framing.Recall.ShouldBeGreaterThanOrEqualTo(0.27);
    }

    [Fact]
    public void Every_evidence_on_the_corpus_is_an_exact_substring_of_its_statement()
    {
        foreach (var pair in Run.Value.Pairs)
        {
            var l = pair.Labels;
            var a = Shared.Analyzer.Analyze(pair.TextA, l.LanguageA ?? "en");
            var b = Shared.Analyzer.Analyze(pair.TextB, l.LanguageB ?? "en");
            var r = new AccountComparer().Compare(new Account(l.IssuerA, [new AccountStatement("a", a)]),
                new Account(l.IssuerB, [new AccountStatement("b", b)]));
            foreach (var o in r.Omissions)
                pair.TextOf(o.StatedBy)[o.Evidence.Start..o.Evidence.End].ShouldBe(o.Evidence.Text);
            foreach (var f in r.Framing)
            {
                pair.TextA[f.A.Start..f.A.End].ShouldBe(f.A.Text);
                pair.TextB[f.B.Start..f.B.End].ShouldBe(f.B.Text);
            }
        }
    }
}
