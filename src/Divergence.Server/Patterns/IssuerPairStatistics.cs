namespace Divergence.Server.Patterns;

/// <summary>
/// For an ordered pair (stating issuer A, other issuer B): in each engagement where both spoke, the topics A
/// stated and the ones of those B left out. Counts are derived, so a changed engagement just replaces its entry.
/// </summary>
public sealed class IssuerPairStatistics
{
    public string Id { get; set; } = "";
    public string StatedBy { get; set; } = "";
    public string OmittedBy { get; set; } = "";
    public List<PairEngagement> Engagements { get; set; } = [];

    public static string IdOf(string statedBy, string omittedBy) => $"{statedBy}|{omittedBy}";
}

public sealed record PairEngagement(string Engagement, DateTimeOffset PublishedAt, string[] Stated, string[] Omitted);
