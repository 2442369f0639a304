namespace Divergence.Server.Engagements;

/// <summary>The wire shape of an engagement's report: the projection, minus the analysis internals.</summary>
public sealed record OmissionReport(
    string Engagement,
    string Title,
    long Version,
    string? Analyzer,
    IEnumerable<string> Issuers,
    IEnumerable<StatementListing> Statements,
    IReadOnlyList<ReportedOmission> Omissions,
    IReadOnlyList<ReportedFraming> Framing)
{
    public static OmissionReport From(EngagementReport r, double minConfidence) => new(
        r.Id, r.Title, r.Version, r.AnalyzerVersion, r.Issuers,
        r.Statements.Select(s => new StatementListing(s.Id, s.Issuer, s.IssuerName, s.Language, s.PublishedAt, s.Title,
            s.SourceUrl, s.Characters)),
        r.Omissions.Where(o => o.Confidence >= minConfidence).ToList(),
        r.Framing.Where(f => f.Confidence >= minConfidence).ToList());
}

public sealed record StatementListing(
    Guid Id, string Issuer, string IssuerName, string Language, DateTimeOffset PublishedAt, string Title,
    string SourceUrl, int Characters);
