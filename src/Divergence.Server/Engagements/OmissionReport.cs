using Divergence.Server.Statements;

namespace Divergence.Server.Engagements;

/// <summary>The wire shape of an engagement's report: the projection (or a replay of it), minus analysis internals.</summary>
public sealed record OmissionReport(
    string Engagement,
    string Title,
    long Version,
    DateTimeOffset? AsOf,
    DateTimeOffset? KnownAt,
    string Analysis,
    IEnumerable<string> Issuers,
    IReadOnlyList<StatementListing> Statements,
    IReadOnlyList<ReportedOmission> Omissions,
    IReadOnlyList<ReportedFraming> Framing,
    IReadOnlyList<DivergenceChange> Changes)
{
    public static OmissionReport From(EngagementReport r, ReportQuery q, ComparedDivergences? recomputed)
    {
        var statements = r.Statements.Where(s => q.AsOf is null || s.PublishedAt <= q.AsOf)
            .Select(s => StatementListing.Of(s, q.AsOf)).ToList();
        var omissions = recomputed?.Omissions ?? r.Omissions;
        var framing = recomputed?.Framing ?? r.Framing;
        return new OmissionReport(r.Id, r.Title, r.Version, q.AsOf, q.KnownAt, q.CurrentAnalyzer ? "current" : "recorded",
            statements.Where(s => !s.Withdrawn).Select(s => s.Issuer).Distinct().Order(StringComparer.Ordinal).ToList(),
            statements,
            omissions.Where(o => o.Confidence >= q.MinConfidence).ToList(),
            framing.Where(f => f.Confidence >= q.MinConfidence).ToList(),
            r.Changes.Where(c => q.AsOf is null).ToList());
    }
}

public sealed record StatementListing(
    Guid Id, string Issuer, string IssuerName, string Language, DateTimeOffset PublishedAt, string Title,
    string SourceUrl, int Characters, int Versions, bool Withdrawn, DateTimeOffset? WithdrawnAt, string? AnalyzerVersion)
{
    public static StatementListing Of(StatementState s, DateTimeOffset? asOf)
    {
        var version = s.VersionAt(asOf) ?? s.Versions[0];
        var versions = asOf is { } d ? s.Versions.Count(v => v.EffectiveAt <= d) : s.Versions.Count;
        var withdrawn = !s.CountsAt(asOf) && s.Withdrawn;
        return new StatementListing(s.Id, s.Issuer, s.IssuerName, s.Language, s.PublishedAt, s.Title, s.SourceUrl,
            version.Characters, versions, withdrawn, withdrawn ? s.WithdrawnAt : null, version.AnalyzerVersions.LastOrDefault());
    }
}
