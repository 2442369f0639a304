using System.Text.RegularExpressions;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// One side commits to denuclearization; the other speaks of the Korean Peninsula only as peace, stability or a
/// "political settlement of the Peninsula issue" — the wording of governments that do not make denuclearization their
/// goal (China, Russia) or do not take a side on it. Reported as a framing of the Peninsula question; the
/// denuclearization omission is still reported where the taxonomy finds one (the two readings are both news).
/// </summary>
static partial class PeninsulaFraming
{
    public const string Topic = "korean-peninsula";
    public const string Label = "The Korean Peninsula: denuclearization or peace and stability";
    public const double Confidence = 0.55;

    public static IEnumerable<FramingDifference> Between(AccountProfile a, AccountProfile b)
    {
        if (OneSidedPosition.Between(a, b, Topic, Label, Confidence, Denuclearization, "denuclearization", Peace, ["peace-and-stability"]) is { } framing)
            yield return framing;
    }

    static ClaimProfile? Denuclearization(AccountProfile account) =>
        account.Claims.FirstOrDefault(c => !c.Claim.Setting && c.Claim.Topics.Contains("denuclearization") && !StanceMarkers.Absent(c.Claim.Text));

    static ClaimProfile? Peace(AccountProfile account) =>
        account.Claims.Where(c => !c.Claim.Setting && PeaceOnThePeninsula().IsMatch(c.Claim.Text))
            // The claim that says what the side wants for the Peninsula, not the one that only opens the subject
            // ("On the Peninsula issue, China's position is consistent").
            .OrderByDescending(c => Aim().IsMatch(c.Claim.Text))
            .ThenBy(c => StanceMarkers.Tentative(c.Claim.Text))
            .FirstOrDefault();

    [GeneratedRegex(@"\b(peace|stability|settlement)\b|평화|안정|해결", RegexOptions.IgnoreCase)]
    private static partial Regex Aim();

    [GeneratedRegex(@"\b((peace|stability)( and (stability|security|prosperity))? (on|of|in) the (korean )?peninsula|(korean )?peninsula issue|political settlement of the (korean )?peninsula|situation on the (korean )?peninsula\b[^.;]{0,60}\b(peace|stability))\b|(한|조선)반도의?\s*(항구적\s*)?(평화|안정)|(한|조선)반도\s*문제의?\s*정치적\s*해결", RegexOptions.IgnoreCase)]
    private static partial Regex PeaceOnThePeninsula();
}
