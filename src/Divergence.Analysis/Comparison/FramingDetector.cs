using Divergence.Analysis.Topics;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// Both sides state a topic, with wording that changes its meaning. Embeddings barely move for a qualifier shift
/// (~0.94) or a negation (~0.82), so these are checked lexically: the taxonomy's qualifiers per topic.
/// </summary>
public sealed class FramingDetector(Taxonomy taxonomy)
{
    public IEnumerable<FramingDifference> Between(AccountProfile a, AccountProfile b)
    {
        foreach (var topic in taxonomy.Topics.Where(t => t.Qualifiers.Count > 0))
        {
            var sideA = QualifiedClaim(a, topic.Id);
            var sideB = QualifiedClaim(b, topic.Id);
            if (sideA is null || sideB is null) continue;
            var qa = QualifiersOf(sideA, topic.Id);
            var qb = QualifiersOf(sideB, topic.Id);
            // Different wording on both sides, not one side's plain mention: "abides by the one-China principle"
            // against "Taiwan is part of China" names no policy to contrast with the principle.
            if (qa.SetEquals(qb) || qa.Count == 0 || qb.Count == 0) continue;
            yield return new FramingDifference(topic.Id, topic.Label,
                FramingSide.Of(a.Account.Issuer, sideA.Evidence, [.. qa.Order()]),
                FramingSide.Of(b.Account.Issuer, sideB.Evidence, [.. qb.Order()]),
                0.7);
        }
    }

    /// <summary>A topic both sides state, one only in negated claims and the other only in flat ones.</summary>
    public IEnumerable<FramingDifference> Negations(AccountProfile a, AccountProfile b)
    {
        foreach (var topicId in a.Topics.Intersect(b.Topics).Order(StringComparer.Ordinal))
        {
            var ca = a.Claims.Where(c => !c.Claim.Setting && c.Claim.Topics.Contains(topicId)).ToList();
            var cb = b.Claims.Where(c => !c.Claim.Setting && c.Claim.Topics.Contains(topicId)).ToList();
            if (ca.Count == 0 || cb.Count == 0) continue;
            var na = ca.All(c => StanceMarkers.Negated(c.Claim.Text));
            var nb = cb.All(c => StanceMarkers.Negated(c.Claim.Text));
            if (na == nb) continue;
            var label = taxonomy.Find(topicId)?.Label ?? topicId;
            yield return new FramingDifference(topicId, label,
                FramingSide.Of(a.Account.Issuer, ca[0].Evidence, na ? ["negated"] : []),
                FramingSide.Of(b.Account.Issuer, cb[0].Evidence, nb ? ["negated"] : []), 0.6);
        }
    }

    static HashSet<string> QualifiersOf(ClaimProfile claim, string topicId) =>
        claim.Claim.Qualifiers.Where(q => q.StartsWith(topicId + ":", StringComparison.Ordinal)).ToHashSet();

    /// <summary>The claim that states the topic with the most qualifiers: the side's strongest wording.</summary>
    static ClaimProfile? QualifiedClaim(AccountProfile account, string topicId) =>
        account.Claims.Where(c => !c.Claim.Setting && c.Claim.Topics.Contains(topicId))
            .OrderByDescending(c => QualifiersOf(c, topicId).Count).FirstOrDefault();
}
