namespace Divergence.Server.Patterns;

/// <summary>One topic across engagements: who stated it and who left it out, engagement by engagement.</summary>
public sealed class TopicTimeline
{
    public string Id { get; set; } = "";
    public List<TopicTimelineEntry> Entries { get; set; } = [];
}

/// <param name="OmittedBy">issuers present in the engagement whose account does not state the topic</param>
public sealed record TopicTimelineEntry(string Engagement, DateTimeOffset PublishedAt, string[] StatedBy, string[] OmittedBy);
