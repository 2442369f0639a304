using Divergence.Server.Engagements;
using JasperFx.Events;
using Marten.Events.Projections;

namespace Divergence.Server.Patterns;

/// <summary>Async multi-stream projection: each engagement's coverage, filed under every ordered issuer pair in it.</summary>
public sealed class IssuerPairStatisticsProjection : MultiStreamProjection<PairMention, string>
{
    public IssuerPairStatisticsProjection()
    {
        IncludeType<EngagementTopicsChanged>();
        Identities<EngagementTopicsChanged>(e =>
            [.. e.Issuers.SelectMany(a => e.Issuers.Where(b => b != a).Select(b => PairMention.IdOf(a, b, e.EngagementKey)))]);
    }

    // Evolve (rather than Apply) because the document's own identity, the issuer pair, decides what to file.
    public override PairMention? Evolve(PairMention? mention, string id, IEvent e)
    {
        if (e.Data is not EngagementTopicsChanged change) return mention;
        var parts = id.Split('|');
        var both = change.TopicsByIssuer.TryGetValue(parts[0], out var stated) & change.TopicsByIssuer.TryGetValue(parts[1], out var other);
        return new PairMention
        {
            Id = id, StatedBy = parts[0], OmittedBy = parts[1], Engagement = change.EngagementKey, PublishedAt = change.PublishedAt,
            Stated = both ? stated! : [], Omitted = both ? [.. stated!.Except(other!)] : [],
        };
    }
}
