namespace Divergence.Server.Patterns;

/// <summary>
/// For an ordered issuer pair in one engagement where both spoke: the topics StatedBy stated and the ones of those
/// OmittedBy left out. One small document per (pair, engagement); statistics add them up at query time, which is
/// also what lets them answer as of a date. Empty topic lists when the pair no longer both speak there.
/// </summary>
public sealed class PairMention
{
    public string Id { get; set; } = "";
    public string StatedBy { get; set; } = "";
    public string OmittedBy { get; set; } = "";
    public string Engagement { get; set; } = "";
    public DateTimeOffset PublishedAt { get; set; }
    public string[] Stated { get; set; } = [];
    public string[] Omitted { get; set; } = [];

    public static string IdOf(string statedBy, string omittedBy, string engagement) => $"{statedBy}|{omittedBy}|{engagement}";
}
