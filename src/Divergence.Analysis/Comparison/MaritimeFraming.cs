using System.Text.RegularExpressions;
using Divergence.Analysis.Topics;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// One side names a sea and its dispute ("serious concerns over the situation in the East China Sea", "서해 잠정조치수역
/// 내 구조물"); the other speaks only of "maritime issues" or "maritime differences" to be handled through dialogue.
/// The vague side has not left the subject out: it has declined to name it, which is the framing. The taxonomy reads
/// the vague wording as a broader mention of each sea, so no omission is reported beside it.
/// </summary>
static partial class MaritimeFraming
{
    public const double Confidence = 0.55;

    static readonly string[] Seas = ["east-china-sea", "south-china-sea", "yellow-sea"];

    public static IEnumerable<FramingDifference> Between(AccountProfile a, AccountProfile b, Taxonomy taxonomy)
    {
        foreach (var sea in Seas)
        {
            var (na, nb) = (Naming(a, sea), Naming(b, sea));
            if ((na is null) == (nb is null)) continue;
            var (vague, namedIsA) = na is not null ? (Vague(b), true) : (Vague(a), false);
            if (vague is null) continue;
            var named = (na ?? nb)!;
            var label = taxonomy.Find(sea)?.Label ?? sea;
            var namedSide = FramingSide.Of((namedIsA ? a : b).Account.Issuer, named.Evidence, ["named"]);
            var vagueSide = FramingSide.Of((namedIsA ? b : a).Account.Issuer, vague.Evidence, ["maritime issues"]);
            yield return namedIsA
                ? new FramingDifference(sea, label, namedSide, vagueSide, Confidence)
                : new FramingDifference(sea, label, vagueSide, namedSide, Confidence);
        }
    }

    static ClaimProfile? Naming(AccountProfile account, string sea) =>
        account.Claims.FirstOrDefault(c => !c.Claim.Setting && c.Claim.Topics.Contains(sea));

    static ClaimProfile? Vague(AccountProfile account) =>
        account.Claims.FirstOrDefault(c => !c.Claim.Setting && c.Claim.Topics.Count == 0 && VagueWording().IsMatch(c.Claim.Text));

    [GeneratedRegex(@"\bmaritime (issues|differences|disputes|matters|questions)\b|해양\s*(문제|분쟁|갈등|현안)", RegexOptions.IgnoreCase)]
    private static partial Regex VagueWording();
}
