using Divergence.Server.Engagements;
using JasperFx.Events;
using Marten.Events.Projections;

namespace Divergence.Server.Patterns;

/// <summary>Async multi-stream projection: each engagement's coverage, filed as one mention per topic it touches.</summary>
public sealed class TopicTimelineProjection : MultiStreamProjection<TopicMention, string>
{
    public TopicTimelineProjection()
    {
        // Only this small event feeds the projection: a rebuild need not read the statements and their analyses.
        IncludeType<EngagementTopicsChanged>();
        Identities<EngagementTopicsChanged>(e => [.. e.Topics.Select(t => TopicMention.IdOf(t, e.EngagementKey))]);
    }

    // Evolve (rather than Apply) because the document's own identity, the topic, decides what to file.
    public override TopicMention? Evolve(TopicMention? mention, string id, IEvent e)
    {
        if (e.Data is not EngagementTopicsChanged change) return mention;
        var topic = id[..id.IndexOf('|')];
        var stated = change.TopicsByIssuer.Where(kv => kv.Value.Contains(topic)).Select(kv => kv.Key).ToArray();
        return new TopicMention
        {
            Id = id, Topic = topic, Engagement = change.EngagementKey, PublishedAt = change.PublishedAt, StatedBy = stated,
            OmittedBy = stated.Length == 0 ? [] : [.. change.TopicsByIssuer.Keys.Except(stated)],
        };
    }
}
