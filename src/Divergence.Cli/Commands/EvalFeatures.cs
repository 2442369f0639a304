using System.Globalization;
using Divergence.Analysis;
using Divergence.Analysis.Comparison;
using Divergence.Analysis.Evaluation;
using Divergence.Analysis.Text;

namespace Divergence.Cli.Commands;

/// <summary>
/// `divergence eval CORPUS --features FILE`: one TSV row per substantive claim and direction with the coverage
/// measures the omission rule decides on and whether the claim overlaps a gold omission. This is how the
/// thresholds in OpenVocabularyRule were calibrated (see docs/analysis-calibration.md).
/// </summary>
static class EvalFeatures
{
    public static void Write(string path, StatementAnalyzer analyzer, IReadOnlyList<CorpusPair> pairs)
    {
        using var to = new StreamWriter(path);
        to.WriteLine("pair\tagreeing\tstatedBy\tgold\tlang\ttopics\ttopicsCovered\tsimilarity\twordCoverage\tsize\tcovered\tpredicted\ttopicSim\ttopicWc\tnovel\ttext");
        foreach (var pair in pairs)
        {
            var l = pair.Labels;
            var a = new AccountProfile(new Account(l.IssuerA, [new AccountStatement("a", analyzer.Analyze(pair.TextA, l.LanguageA ?? Language.Guess(pair.TextA)))]));
            var b = new AccountProfile(new Account(l.IssuerB, [new AccountStatement("b", analyzer.Analyze(pair.TextB, l.LanguageB ?? Language.Guess(pair.TextB)))]));
            var result = new AccountComparer(analyzer.Taxonomy).Compare(a.Account, b.Account);
            foreach (var (stating, other) in new[] { (a, b), (b, a) })
            {
                var otherTopics = new TopicCoverage(other, analyzer.Taxonomy);
                var text = pair.TextOf(stating.Account.Issuer);
                var gold = l.Omissions.Where(g => g.StatedBy == stating.Account.Issuer)
                    .Select(g => text.IndexOf(g.Evidence, StringComparison.Ordinal) is var at and >= 0 ? new TextSpan(at, at + g.Evidence.Length) : default)
                    .ToList();
                foreach (var c in stating.Claims)
                {
                    var coverage = ClaimCoverage.Of(c, other);
                    var isGold = gold.Any(s => s.Length > 0 && s.Overlaps(new TextSpan(c.Claim.Start, c.Claim.End)));
                    var covered = c.Claim.Topics.Count(other.Topics.Contains);
                    to.WriteLine(string.Join('\t', pair.Name, l.Agreeing ? 1 : 0, stating.Account.Issuer, isGold ? 1 : 0,
                        c.IsKorean ? "ko" : "en", string.Join(',', c.Claim.Topics), covered,
                        F(coverage?.Similarity), F(coverage?.WordCoverage), coverage?.ContentSize ?? 0,
                        c.Claim.Topics.Count > 0 && c.Claim.Topics.All(otherTopics.Covers) ? 1 : 0,
                        F(result.Omissions.Where(o => o.StatedBy == stating.Account.Issuer && new TextSpan(o.Evidence.Start, o.Evidence.End).Overlaps(new TextSpan(c.Claim.Start, c.Claim.End))).Select(o => (double?)o.Confidence).Max()),
                        F(TopicSim(c, other, analyzer)), F(TopicWc(c, other, analyzer)),
                        string.Join(',', c.Stems.Where(x => !other.Stems.Contains(x))),
                        c.Claim.Text.Replace('\t', ' ').Replace('\n', ' ')));
                }
            }
        }
    }

    static List<ClaimProfile> OnTopic(ClaimProfile c, AccountProfile other, StatementAnalyzer analyzer)
    {
        var groups = c.Claim.Topics.Select(t => analyzer.Taxonomy.Find(t)?.Group).OfType<string>().ToHashSet();
        return other.Claims.Where(o => o.Claim.Topics.Any(t => c.Claim.Topics.Contains(t) || (analyzer.Taxonomy.Find(t)?.Group is { } g && groups.Contains(g)))).ToList();
    }
    static double? TopicSim(ClaimProfile c, AccountProfile other, StatementAnalyzer analyzer) =>
        c.Vector is null ? null : OnTopic(c, other, analyzer).Where(o => o.Vector is not null).Select(o => (double?)Divergence.Analysis.Embedding.QuantizedVector.Cosine(c.Vector, o.Vector!)).Max();
    static double? TopicWc(ClaimProfile c, AccountProfile other, StatementAnalyzer analyzer)
    {
        if (c.Stems.Count == 0) return null;
        var stems = OnTopic(c, other, analyzer).SelectMany(o => o.Stems).ToHashSet();
        return (double)c.Stems.Count(stems.Contains) / c.Stems.Count;
    }

    static string F(double? x) => x is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "";
}
