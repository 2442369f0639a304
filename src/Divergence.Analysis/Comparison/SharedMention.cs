using Divergence.Analysis.Text;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// "The two leaders exchanged views on North Korea, including its nuclear and missile issues": the example
/// belongs to the bare mention before it. When the other side also speaks of what that mention names, the
/// example is detail of a shared discussion, not a commitment the other side left out.
/// </summary>
static partial class SharedMention
{
    public static bool Covers(ClaimProfile claim, AccountProfile stating, AccountProfile other, TopicCoverage otherTopics)
    {
        if (!StanceMarkers.Example(claim.Claim.Text)) return false;
        var head = HeadOf(claim, stating);
        if (head is null || !StanceMarkers.Tentative(head.Text)) return false;
        if (head.Topics.Count > 0) return head.Topics.Any(otherTopics.Covers);
        var stems = ContentWords.StemsOf(head.Text);
        return stems.Count > 0 && stems.Count(other.Stems.Contains) * 2 >= stems.Count;
    }

    /// <summary>"... such as the birthrate, over-concentration in the capital, and disaster risk reduction": a verbless
    /// item continuing a "such as" list is an example of the clause that opened it, not a commitment of its own.</summary>
    public static bool ContinuesExampleList(ClaimProfile claim, AccountProfile stating) =>
        !claim.IsKorean && !FiniteVerb().IsMatch(claim.Claim.Text)
        && HeadOf(claim, stating) is { } head && SuchAs().IsMatch(head.Text);

    [System.Text.RegularExpressions.GeneratedRegex(@"\bsuch as\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SuchAs();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(\w+ed|will|would|must|should|is|are|was|were|has|have|can)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FiniteVerb();

    /// <summary>The clause just before, in the same sentence (debris or not: a courtesy can head an example).</summary>
    static Claim? HeadOf(ClaimProfile claim, AccountProfile stating) =>
        stating.Account.Statements.Where(s => s.StatementId == claim.StatementId)
            .SelectMany(s => s.Analysis.Claims)
            .LastOrDefault(c => c.Sentence == claim.Claim.Sentence && c.End <= claim.Claim.Start);
}
