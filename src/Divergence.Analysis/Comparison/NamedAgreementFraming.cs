using System.Text.RegularExpressions;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// Settled against still open, for one agreement both sides name the same way: "welcomed ... the signing of the
/// Acquisition and Cross-Servicing Agreement (ACSA)" against "looked forward to the early conclusion of negotiations on
/// the ACSA". Its initials (or its capitalised name) in a claim on each side tie the two claims to one thing whatever
/// topic either carries, so the contrast of their stances is the framing. English against English.
/// </summary>
static partial class NamedAgreementFraming
{
    public static IEnumerable<FramingDifference> Between(AccountProfile a, AccountProfile b, IReadOnlyCollection<FramingDifference> found)
    {
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        // The other side's claims that name an agreement, read once rather than for each claim of this side.
        var named = b.Claims.Where(Usable).Select(c => (Claim: c, Names: NamesIn(c.Claim.Text))).Where(x => x.Names.Count > 0).ToList();
        if (named.Count == 0) yield break;
        foreach (var ca in a.Claims.Where(Usable))
        {
            var names = NamesIn(ca.Claim.Text);
            if (names.Count == 0) continue;
            var sa = StanceMarkers.Stances(ca.Claim.Text);
            foreach (var (cb, namesB) in named)
            {
                var shared = names.FirstOrDefault(namesB.Contains);
                if (shared is null || quoted.Contains(shared)) continue;
                if (found.Any(f => AlignedOutcomeFraming.Same(f.A, ca) || AlignedOutcomeFraming.Same(f.B, cb))) continue;
                var sb = StanceMarkers.Stances(cb.Claim.Text);
                if (!StanceMarkers.SettledAgainstOpen(sa, sb)) continue;
                quoted.Add(shared);
                yield return AlignedOutcomeFraming.Outcome("agreement:" + shared, "Status of the " + shared, a, ca, sa, b, cb, sb);
            }
        }
    }

    static bool Usable(ClaimProfile c) => !c.IsKorean && !c.Claim.Setting;

    /// <summary>The agreements a claim names: the initials it gives one in brackets, and capitalised names ending in
    /// Agreement, Treaty, Accord or Dialogue.</summary>
    static HashSet<string> NamesIn(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in AgreementInitials().Matches(text)) names.Add(m.Groups["initials"].Value);
        foreach (Match m in AgreementName().Matches(text))
        {
            names.Add(m.Value);
            // "India-Australia Comprehensive Economic Cooperation Agreement" against "an ambitious Comprehensive Economic
            // Cooperation Agreement", "UK-China Economic and Financial Dialogue" against "China-UK ...": the parties that
            // open one side's name are no part of what both name.
            if (Parties().Match(m.Value) is { Success: true } parties && parties.Length < m.Length) names.Add(m.Value[parties.Length..]);
        }
        return names;
    }

    [GeneratedRegex(@"^(\p{Lu}[\p{L}.]*(-\p{Lu}[\p{L}.]*)+ )+")]
    private static partial Regex Parties();

    // "... Cross-Servicing Agreement (ACSA)": the initials a claim gives the agreement it names.
    [GeneratedRegex(@"(?<=\b(Agreement|Treaty|Accord|Arrangement|Pact) \()(?<initials>[A-Z][A-Z\-]{1,7})(?=\))")]
    private static partial Regex AgreementInitials();

    // Not "The Agreement": a sentence's first word is no part of a name. "Economic and Financial Dialogue": a named
    // dialogue is held or not as an agreement is signed or not.
    [GeneratedRegex(@"\b(?!(The|This|That|An?|Its|Their)\b)\p{Lu}[\p{L}\-]+ ((and|of|on|for) (?=\p{Lu})|\p{Lu}[\p{L}\-]+ ){0,6}(Agreement|Treaty|Accord|Dialogue)\b")]
    private static partial Regex AgreementName();
}
