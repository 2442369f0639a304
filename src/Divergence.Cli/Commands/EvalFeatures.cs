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
        to.WriteLine("pair\tagreeing\tstatedBy\tgold\tlang\ttopics\ttopicsCovered\tsimilarity\twordCoverage\tsize\ttext");
        foreach (var pair in pairs)
        {
            var l = pair.Labels;
            var a = new AccountProfile(new Account(l.IssuerA, [new AccountStatement("a", analyzer.Analyze(pair.TextA, l.LanguageA ?? Language.Guess(pair.TextA)))]));
            var b = new AccountProfile(new Account(l.IssuerB, [new AccountStatement("b", analyzer.Analyze(pair.TextB, l.LanguageB ?? Language.Guess(pair.TextB)))]));
            foreach (var (stating, other) in new[] { (a, b), (b, a) })
            {
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
                        c.Claim.Text.Replace('\t', ' ').Replace('\n', ' ')));
                }
            }
        }
    }

    static string F(double? x) => x is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "";
}
