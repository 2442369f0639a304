using System.Text.RegularExpressions;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// "welcomed the progress in defense equipment and technology cooperation, including the co-development of the UNICORN
/// mast": the "including ..." clause right after an omitted claim spells out what was left out. The reader is shown it
/// with the claim, as further evidence, unless it is reported on its own or is the other side's point too (then it is
/// not part of what was left out).
/// </summary>
static partial class Elaboration
{
    public static List<Omission> Of(List<Omission> omissions, AccountProfile a, AccountProfile b)
    {
        var quoted = omissions.SelectMany(o => o.AllEvidence).Select(Key).ToHashSet();
        return omissions.Select(o =>
        {
            var (stating, other) = o.StatedBy == a.Account.Issuer ? (a, b) : (b, a);
            var claims = stating.Claims;
            var at = Enumerable.Range(0, claims.Count).FirstOrDefault(i => Key(claims[i].Evidence) == Key(o.Evidence), -1);
            if (at < 0 || at + 1 >= claims.Count) return o;
            var next = claims[at + 1];
            if (next.Evidence.StatementId != o.Evidence.StatementId || next.Claim.Sentence != o.Evidence.Sentence || next.Claim.Setting
                || !Including().IsMatch(next.Claim.Text) || quoted.Contains(Key(next.Evidence))
                || (next.Claim.Topics.Count > 0 && !next.Claim.Topics.Contains(o.Topic ?? "") && next.Claim.Topics.All(other.Topics.Contains))) return o;
            return o with { Also = [.. o.Also, next.Evidence] };
        }).ToList();
    }

    static (string, int, int) Key(Evidence e) => (e.StatementId, e.Start, e.End);

    [GeneratedRegex(@"^(including|in particular|notably|particularly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Including();
}
