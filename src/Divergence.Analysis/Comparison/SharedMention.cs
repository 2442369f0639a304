using Divergence.Analysis.Text;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// "The two leaders exchanged views on North Korea, including its nuclear and missile issues": the example
/// belongs to the bare mention before it. When the other side also speaks of what that mention names, the
/// example is detail of a shared discussion, not a commitment the other side left out.
/// </summary>
static class SharedMention
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

    /// <summary>The clause just before, in the same sentence (debris or not: a courtesy can head an example).</summary>
    static Claim? HeadOf(ClaimProfile claim, AccountProfile stating) =>
        stating.Account.Statements.Where(s => s.StatementId == claim.StatementId)
            .SelectMany(s => s.Analysis.Claims)
            .LastOrDefault(c => c.Sentence == claim.Claim.Sentence && c.End <= claim.Claim.Start);
}
