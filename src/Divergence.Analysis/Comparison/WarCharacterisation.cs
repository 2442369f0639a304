using System.Text.RegularExpressions;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// How each side names the war in Ukraine: one calls it Russia's war or aggression, the other only "the Ukraine
/// crisis" or "the conflict". The choice of words is each government's position (Europe, the US, Japan and Korea
/// write aggression or invasion; China, India and Russia write crisis, conflict or situation), so two accounts that
/// name it each their own way differ in framing even when both speak of peace. Both sides must name it: an account
/// that only mentions "Ukraine" takes no position to contrast.
/// </summary>
static partial class WarCharacterisation
{
    public const string Topic = "ukraine-war-characterisation";
    public const string Label = "How the war in Ukraine is named";
    public const double Confidence = 0.55;

    public static IEnumerable<FramingDifference> Between(AccountProfile a, AccountProfile b)
    {
        var (aggressionA, neutralA) = (First(a, NamesAggression), First(a, NamesCrisis));
        var (aggressionB, neutralB) = (First(b, NamesAggression), First(b, NamesCrisis));
        // Each side names it one way only: an account that writes both ("the conflict" after "Russia's war of
        // aggression") has already taken the stronger position.
        if (aggressionA is not null && neutralA is null && neutralB is not null && aggressionB is null)
            yield return Difference(a, aggressionA, "aggression", b, neutralB, "crisis-or-conflict");
        else if (aggressionB is not null && neutralB is null && neutralA is not null && aggressionA is null)
            yield return Difference(a, neutralA, "crisis-or-conflict", b, aggressionB, "aggression");
    }

    public const string SettlementTopic = "ukraine-settlement-terms";
    public const string SettlementLabel = "What a settlement of the war in Ukraine requires";

    /// <summary>"Any settlement must remove the root causes of the conflict" is Russia's condition for peace (and the
    /// wording of those who side with it); an account that speaks of ending the war without it does not share the
    /// condition, however close the two sound on peace.</summary>
    public static IEnumerable<FramingDifference> OnSettlement(AccountProfile a, AccountProfile b)
    {
        if (OneSidedPosition.Between(a, b, SettlementTopic, SettlementLabel, Confidence,
                side => First(side, NamesRootCauses), "root-causes", side => First(side, SpeaksOfPeace), []) is { } framing)
            yield return framing;
    }

    static bool NamesRootCauses(string claim) => RootCauses().IsMatch(claim);

    // Every crisis-or-conflict wording names Ukraine, so this also covers "peace talks on the Ukraine crisis".
    static bool SpeaksOfPeace(string claim) => Ukraine().IsMatch(claim) && Peace().IsMatch(claim);

    [GeneratedRegex(@"\broot causes?\b|근원|근본\s*원인", RegexOptions.IgnoreCase)]
    private static partial Regex RootCauses();

    [GeneratedRegex(@"\b(peace|settlement|end (to )?the (war|conflict|fighting)|(end|ending|bring(ing)? an end to) (the |this )?(war|conflict)|to an end|ceasefire|dialogue and diplomacy|negotiat\w*)\b|평화|종전|휴전|협상", RegexOptions.IgnoreCase)]
    private static partial Regex Peace();

    static FramingDifference Difference(AccountProfile a, ClaimProfile ca, string qa, AccountProfile b, ClaimProfile cb, string qb) =>
        new(Topic, Label, FramingSide.Of(a.Account.Issuer, ca.Evidence, [qa]), FramingSide.Of(b.Account.Issuer, cb.Evidence, [qb]), Confidence);

    /// <summary>The side's claim that names the war this way and says most about it: a point ("China's position on
    /// the Ukraine crisis is objective") before a bare mention ("an exchange of views on the Ukraine crisis").</summary>
    static ClaimProfile? First(AccountProfile account, Func<string, bool> wording) =>
        account.Claims.Where(c => !c.Claim.Setting && wording(c.Claim.Text))
            .OrderBy(c => StanceMarkers.Tentative(c.Claim.Text))
            .ThenByDescending(c => StanceMarkers.Stances(c.Claim.Text).Count)
            .FirstOrDefault();

    // "War of aggression" and 침략 also name other wars (Japan's in the 1930s, in Chinese and Korean statements about
    // history): the claim must be about Russia or Ukraine.
    static bool NamesAggression(string claim) => Aggression().IsMatch(claim) && Ukraine().IsMatch(claim);

    static bool NamesCrisis(string claim) => Neutral().IsMatch(claim);

    [GeneratedRegex(@"\b(war of aggression|aggression against ukraine|russia'?s (\w+ ){0,2}(war|invasion|aggression)|full-scale invasion|invasion of ukraine|illegal war)\b|(침략|침공)", RegexOptions.IgnoreCase)]
    private static partial Regex Aggression();

    [GeneratedRegex(@"ukrain|russia|moscow|kremlin|우크라이나|러시아|로씨야", RegexOptions.IgnoreCase)]
    private static partial Regex Ukraine();

    [GeneratedRegex(@"\b(ukraine crisis|crisis in ukraine|ukrainian crisis|(conflict|situation) in ukraine|ukraine conflict|russia-ukraine conflict|conflict between russia and ukraine|ukraine issue|issue of ukraine|war between russia and ukraine)\b|우크라이나\s*(사태|위기|문제)", RegexOptions.IgnoreCase)]
    private static partial Regex Neutral();
}
