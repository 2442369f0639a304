using Divergence.Analysis.Comparison;
using Divergence.Analysis.Text;

namespace Divergence.Analysis.Evaluation;

/// <summary>
/// Scores the engine against the labelled corpus. A predicted omission is correct when it has the gold one's
/// direction and one of its evidence spans (the quoted clause or another on the same topic) overlaps the gold evidence (located in the stating side's text by exact
/// substring search). Precision counts predictions; recall counts gold omissions found by at least one prediction.
/// A framing difference is found when a prediction's two sides overlap the gold wording on each side.
/// </summary>
public sealed class CorpusEvaluator(StatementAnalyzer analyzer, AccountComparer comparer)
{
    // Each text is analysed once however many thresholds it is scored at (analysis is the costly part).
    readonly Dictionary<(string Text, string Language), StatementAnalysis> analyses = [];

    public IReadOnlyList<PairScore> Evaluate(IEnumerable<CorpusPair> pairs, double minimumConfidence) =>
        pairs.Select(p => Score(p, minimumConfidence)).ToList();

    public PairScore Score(CorpusPair pair, double minimumConfidence)
    {
        var l = pair.Labels;
        var a = new Account(l.IssuerA, [new AccountStatement("a", Analysis(pair.TextA, l.LanguageA ?? Language.Guess(pair.TextA)))]);
        var b = new Account(l.IssuerB, [new AccountStatement("b", Analysis(pair.TextB, l.LanguageB ?? Language.Guess(pair.TextB)))]);
        var result = comparer.Compare(a, b, minimumConfidence);

        var problems = new List<string>();
        var gold = l.Omissions.Select(g => (Gold: g, Span: Locate(pair.TextOf(g.StatedBy), g.Evidence, problems))).ToList();

        bool Hits(Omission o, GoldOmission g, TextSpan? span) =>
            o.StatedBy == g.StatedBy && o.OmittedBy == g.OmittedBy && span is { } s &&
            o.AllEvidence.Any(e => s.Overlaps(new TextSpan(e.Start, e.End)));

        Tally Direction(string statedBy)
        {
            var predicted = result.Omissions.Where(o => o.StatedBy == statedBy).ToList();
            var golds = gold.Where(g => g.Gold.StatedBy == statedBy).ToList();
            return new Tally(predicted.Count, predicted.Count(o => golds.Any(g => Hits(o, g.Gold, g.Span))),
                golds.Count, golds.Count(g => predicted.Any(o => Hits(o, g.Gold, g.Span))));
        }

        var falseOmissions = result.Omissions.Where(o => !gold.Any(g => Hits(o, g.Gold, g.Span))).ToList();
        var missed = gold.Where(g => !result.Omissions.Any(o => Hits(o, g.Gold, g.Span))).Select(g => g.Gold).ToList();
        var (framing, falseFraming, missedFraming) = FramingTally(pair, result, problems);
        return new PairScore(pair.Name, l.Agreeing, Direction(l.IssuerA), Direction(l.IssuerB),
            framing, falseOmissions, missed, problems, falseFraming, missedFraming);
    }

    StatementAnalysis Analysis(string text, string language)
    {
        if (!analyses.TryGetValue((text, language), out var analysis))
            analyses[(text, language)] = analysis = analyzer.Analyze(text, language);
        return analysis;
    }

    static (Tally, List<FramingDifference>, List<GoldFraming>) FramingTally(CorpusPair pair, ComparisonResult result, List<string> problems)
    {
        var gold = pair.Labels.Framing
            .Select(g => (A: Locate(pair.TextA, g.A, problems), B: Locate(pair.TextB, g.B, problems))).ToList();
        bool Hits(FramingDifference f, (TextSpan? A, TextSpan? B) g) =>
            g.A is { } ga && g.B is { } gb &&
            ga.Overlaps(new TextSpan(f.A.Start, f.A.End)) && gb.Overlaps(new TextSpan(f.B.Start, f.B.End));
        var tally = new Tally(result.Framing.Count, result.Framing.Count(f => gold.Any(g => Hits(f, g))),
            gold.Count, gold.Count(g => result.Framing.Any(f => Hits(f, g))));
        return (tally, result.Framing.Where(f => !gold.Any(g => Hits(f, g))).ToList(),
            pair.Labels.Framing.Where((_, i) => !result.Framing.Any(f => Hits(f, gold[i]))).ToList());
    }

    static TextSpan? Locate(string text, string evidence, List<string> problems)
    {
        var at = text.IndexOf(evidence, StringComparison.Ordinal);
        if (at >= 0) return new TextSpan(at, at + evidence.Length);
        problems.Add($"evidence not found verbatim: \"{evidence}\"");
        return null;
    }
}
