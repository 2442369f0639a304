using Divergence.Server.Engagements;
using JasperFx.Events;
using Marten.Events.Projections;

namespace Divergence.Server.Patterns;

/// <summary>Async multi-stream projection: every engagement's topic coverage, filed under each topic it touches.</summary>
public sealed class TopicTimelineProjection : MultiStreamProjection<TopicTimeline, string>
{
    public TopicTimelineProjection() => Identities<EngagementTopicsChanged>(e => e.Topics);

    // Evolve (rather than Apply) because the document's own identity, the topic, decides what to file.
    public override TopicTimeline? Evolve(TopicTimeline? timeline, string topic, IEvent e)
    {
        if (e.Data is not EngagementTopicsChanged change) return timeline;
        timeline ??= new TopicTimeline { Id = topic };
        timeline.Entries.RemoveAll(x => x.Engagement == change.EngagementKey);
        var stated = change.TopicsByIssuer.Where(kv => kv.Value.Contains(topic)).Select(kv => kv.Key).ToArray();
        if (stated.Length == 0) return timeline;
        var omitted = change.TopicsByIssuer.Keys.Except(stated).ToArray();
        timeline.Entries.Add(new TopicTimelineEntry(change.EngagementKey, change.PublishedAt, stated, omitted));
        timeline.Entries.Sort((a, b) => a.PublishedAt != b.PublishedAt
            ? a.PublishedAt.CompareTo(b.PublishedAt) : string.CompareOrdinal(a.Engagement, b.Engagement));
        return timeline;
    }
}
