using System.Text.RegularExpressions;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// How each side describes what the engagement produced, and how each side characterises the relationship.
/// Both are framing that lives in wording no topic phrase picks up: one side "secured an agreement" or "made good
/// progress" while the other reports only "basic consensus", "gaps remain" or "did not reach agreement"; one side
/// calls the other a rival or competitor while the other says partners. Checked with small polarity lexicons,
/// because embeddings score such pairs as near-paraphrases.
/// </summary>
static partial class OutcomeFraming
{
    public const double Confidence = 0.55;

    public static IEnumerable<FramingDifference> Between(AccountProfile a, AccountProfile b)
    {
        if ((Contrast(a, b, Achieved(), Reserved()) ?? Contrast(b, a, Achieved(), Reserved())) is { } outcome)
            yield return Difference("outcome", "Outcome of the talks", a, b, outcome);
        if ((Contrast(a, b, Rivalry(), Partnership()) ?? Contrast(b, a, Rivalry(), Partnership())) is { } character)
            yield return Difference("relationship", "Character of the relationship", a, b, character);
    }

    /// <summary>One side has a claim of the first kind and none of the second; the other only the second.</summary>
    static (ClaimProfile Of1, ClaimProfile Of2)? Contrast(AccountProfile one, AccountProfile two, Regex first, Regex second)
    {
        var strong = FirstMatch(one, first);
        // The most explicit reserved wording is the evidence: "did not reach agreement" before "gaps remain".
        var weak = second == Reserved() ? FirstMatch(two, NotReached()) ?? FirstMatch(two, second) : FirstMatch(two, second);
        if (strong is null || weak is null || FirstMatch(two, first) is not null || FirstMatch(one, second) is not null) return null;
        return (strong, weak);
    }

    static FramingDifference Difference(string id, string label, AccountProfile a, AccountProfile b,
        (ClaimProfile Of1, ClaimProfile Of2) found)
    {
        var onA = a.Claims.Contains(found.Of1) ? found.Of1 : found.Of2;
        var onB = onA == found.Of1 ? found.Of2 : found.Of1;
        return new FramingDifference(id, label,
            FramingSide.Of(a.Account.Issuer, onA.Evidence, [onA == found.Of1 ? "strong" : "reserved"]),
            FramingSide.Of(b.Account.Issuer, onB.Evidence, [onB == found.Of1 ? "strong" : "reserved"]), Confidence);
    }

    static ClaimProfile? FirstMatch(AccountProfile account, Regex lexicon) =>
        account.Claims.FirstOrDefault(c => !c.Claim.Setting && lexicon.IsMatch(c.Claim.Text));

    // An agreement reached or progress made, not negated ("did not reach agreement" is the reserved kind); "welcomed the
    // substantial conclusion of negotiations on ..." too.
    [GeneratedRegex(@"(?<!\b(not|no|never|yet to)\s+)\b(secured|reached|concluded|finali[sz]ed|struck|sealed|clinched) (an? |the )?([\w-]+ ){0,3}(agreements?|deals?|arrangements?)\b|\b(made|making) (good|significant|substantial|great|real) progress\b|\b(welcomed|celebrated|hailed) the ((substantial|successful|formal) )?(conclusion|signing|finali[sz]ation) of (the |an? )?([\w.-]+ ){0,8}(agreements?|deals?|tranche)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Achieved();

    // Agreement short of a deal: consensus in principle, gaps, no agreement yet, talks still to be brought to a close
    // ("협상을 조속히 마무리하기 위해 긴밀히 협력해 나가기로"; in English, "work towards the early conclusion" is the
    // open stance StanceFraming contrasts already).
    [GeneratedRegex(@"\b(basic|preliminary|initial) consensus\b|\bconsensus in principle\b|\b(did not|failed to|yet to|could not) (reach|conclude|finali[sz]e) ([\w-]+ ){0,3}(agreement|deal|consensus)|\bgaps remain\b|\bprogress (in|of) the negotiations\b|\blooked forward to (its|their|the) (early |swift |speedy )?conclusion\b|\bdifferences remain\b|\bno agreement (was|has been) reached\b|조속히\s*(마무리|타결|완료|체결)(하기\s*위해|할\s*수\s*있도록|되도록|하기로|해\s*나가기로)", RegexOptions.IgnoreCase)]
    private static partial Regex Reserved();

    [GeneratedRegex(@"\b(did not|failed to|yet to|could not) (reach|conclude|finali[sz]e) ([\w-]+ ){0,3}(agreement|deal|consensus)|\bno agreement (was|has been) reached\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotReached();

    // Calling the other a rival or competitor (not "rather than rivals").
    [GeneratedRegex(@"(?<!\b(than|not|no|instead of)\s+(an? )?)\b(systemic rival|rivals?|competitors?|adversar(y|ies))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rivalry();

    [GeneratedRegex(@"\bpartners?\b[^.;]{0,20}\b(rather than|not|instead of) (an? )?(rivals?|competitors?|adversar(y|ies))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Partnership();
}
