namespace Divergence.Server.Patterns;

/// <summary>
/// One topic in one engagement: who stated it and who, present in the engagement, left it out. Small documents,
/// one per (topic, engagement), so an update rewrites a few hundred bytes however long the timeline grows.
/// StatedBy is empty when the engagement no longer states the topic (a revision or withdrawal took it out).
/// </summary>
public sealed class TopicMention
{
    public string Id { get; set; } = "";
    public string Topic { get; set; } = "";
    public string Engagement { get; set; } = "";
    public DateTimeOffset PublishedAt { get; set; }
    public string[] StatedBy { get; set; } = [];
    public string[] OmittedBy { get; set; } = [];

    public static string IdOf(string topic, string engagement) => $"{topic}|{engagement}";
}
