using Divergence.Analysis.Topics;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// Compares two issuers' accounts of one engagement at the level of claims, with the taxonomy as the bridge
/// between wordings and languages. Pure: the same analyses always give the same result.
/// </summary>
public sealed class AccountComparer(Taxonomy taxonomy)
{
    public AccountComparer() : this(Taxonomy.Default) { }

    public ComparisonResult Compare(Account a, Account b, double minimumConfidence = 0)
    {
        var omissions = OmissionsOf(a, b).Concat(OmissionsOf(b, a))
            .Where(o => o.Confidence >= minimumConfidence).ToList();
        var framing = FramingBetween(a, b).Where(f => f.Confidence >= minimumConfidence).ToList();
        return new ComparisonResult([a.Issuer, b.Issuer], omissions, framing);
    }

    IEnumerable<Omission> OmissionsOf(Account stating, Account other)
    {
        var otherTopics = other.SubstantiveClaims.SelectMany(c => c.Claim.Topics).ToHashSet();
        var reported = new HashSet<string>();
        foreach (var (statementId, claim) in stating.SubstantiveClaims)
        {
            foreach (var topicId in claim.Topics)
            {
                if (otherTopics.Contains(topicId) || !reported.Add(topicId)) continue;
                var topic = taxonomy.Find(topicId);
                yield return new Omission(stating.Issuer, other.Issuer, topicId, topic?.Label ?? topicId,
                    EvidenceOf(statementId, claim), 0.9);
            }
        }
    }

    IEnumerable<FramingDifference> FramingBetween(Account a, Account b)
    {
        foreach (var topic in taxonomy.Topics.Where(t => t.Qualifiers.Count > 0))
        {
            var sideA = QualifiedClaim(a, topic.Id);
            var sideB = QualifiedClaim(b, topic.Id);
            if (sideA is null || sideB is null) continue;
            var qa = sideA.Value.Claim.Qualifiers.Where(q => q.StartsWith(topic.Id + ":")).ToHashSet();
            var qb = sideB.Value.Claim.Qualifiers.Where(q => q.StartsWith(topic.Id + ":")).ToHashSet();
            if (qa.SetEquals(qb)) continue;
            yield return new FramingDifference(topic.Id, topic.Label,
                FramingSide.Of(a.Issuer, EvidenceOf(sideA.Value.StatementId, sideA.Value.Claim), [.. qa.Order()]),
                FramingSide.Of(b.Issuer, EvidenceOf(sideB.Value.StatementId, sideB.Value.Claim), [.. qb.Order()]),
                0.7);
        }
    }

    /// <summary>The claim that states the topic with the most qualifiers: the side's strongest wording.</summary>
    static (string StatementId, Claim Claim)? QualifiedClaim(Account account, string topicId)
    {
        var claims = account.SubstantiveClaims.Where(c => c.Claim.Topics.Contains(topicId)).ToList();
        if (claims.Count == 0) return null;
        return claims.OrderByDescending(c => c.Claim.Qualifiers.Count(q => q.StartsWith(topicId + ":"))).First();
    }

    static Evidence EvidenceOf(string statementId, Claim claim) =>
        new(statementId, claim.Text, claim.Sentence, claim.Start, claim.End);
}
