using Divergence.Server.Engagements;
using JasperFx.Events;
using Marten.Events.Projections;

namespace Divergence.Server.Patterns;

/// <summary>Async multi-stream projection: each engagement's coverage, filed under every ordered issuer pair in it.</summary>
public sealed class IssuerPairStatisticsProjection : MultiStreamProjection<IssuerPairStatistics, string>
{
    public IssuerPairStatisticsProjection() =>
        Identities<EngagementTopicsChanged>(e =>
            [.. e.Issuers.SelectMany(a => e.Issuers.Where(b => b != a).Select(b => IssuerPairStatistics.IdOf(a, b)))]);

    // Evolve (rather than Apply) because the document's own identity, the issuer pair, decides what to file.
    public override IssuerPairStatistics? Evolve(IssuerPairStatistics? pair, string id, IEvent e)
    {
        if (e.Data is not EngagementTopicsChanged change) return pair;
        var issuers = id.Split('|');
        pair ??= new IssuerPairStatistics { Id = id, StatedBy = issuers[0], OmittedBy = issuers[1] };
        pair.Engagements.RemoveAll(x => x.Engagement == change.EngagementKey);
        if (change.TopicsByIssuer.TryGetValue(pair.StatedBy, out var stated) && change.TopicsByIssuer.TryGetValue(pair.OmittedBy, out var other))
        {
            pair.Engagements.Add(new PairEngagement(change.EngagementKey, change.PublishedAt, stated, [.. stated.Except(other)]));
            pair.Engagements.Sort((a, b) => string.CompareOrdinal(a.Engagement, b.Engagement));
        }
        return pair;
    }
}
