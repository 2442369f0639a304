using Divergence.Analysis;
using Divergence.Analysis.Comparison;

namespace Divergence.Server.Engagements;

/// <summary>
/// One engagement as the tracker knows it: its statements and, for every pair of issuers, what one side stated
/// that the other omitted and where they framed the same topic differently. Kept inline with the stream.
/// </summary>
public sealed class EngagementReport
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public long Version { get; set; }
    public DateTimeOffset? FirstPublishedAt { get; set; }
    public DateTimeOffset? LastPublishedAt { get; set; }
    public List<ReportedStatement> Statements { get; set; } = [];
    public List<ReportedOmission> Omissions { get; set; } = [];
    public List<ReportedFraming> Framing { get; set; } = [];

    public IEnumerable<string> Issuers => Statements.Select(s => s.Issuer).Distinct().Order();
    public string? AnalyzerVersion => Statements.Select(s => s.Analysis?.AnalyzerVersion).LastOrDefault(v => v is not null);

    public ReportedStatement? FindDuplicate(string issuer, string contentHash) =>
        Statements.FirstOrDefault(s => s.Issuer == issuer && s.ContentHash == contentHash);
}

public sealed record ReportedStatement(
    Guid Id, string Issuer, string IssuerName, string Language, DateTimeOffset PublishedAt, string Title,
    string SourceUrl, string ContentHash, int Characters, StatementAnalysis? Analysis);

/// <summary>An omission flattened with what a query across engagements filters and sorts on.</summary>
public sealed record ReportedOmission(
    string EngagementKey, string StatedBy, string OmittedBy, string Kind, string? Topic, string Label,
    Evidence Evidence, double Confidence, DateTimeOffset PublishedAt);

public sealed record ReportedFraming(
    string EngagementKey, string Topic, string Label, FramingSide A, FramingSide B, double Confidence,
    DateTimeOffset PublishedAt)
{
    public string Kind => "framing";
}
