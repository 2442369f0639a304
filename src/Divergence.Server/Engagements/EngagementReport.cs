using Divergence.Analysis.Comparison;
using Divergence.Server.Statements;

namespace Divergence.Server.Engagements;

/// <summary>
/// One engagement as the tracker knows it now: its statements (every version) and the divergences that are open,
/// as the OmissionOpened / FramingOpened / DivergenceClosed events recorded them. Kept inline with the stream.
/// </summary>
public sealed class EngagementReport
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public long Version { get; set; }
    public DateTimeOffset? FirstPublishedAt { get; set; }
    public DateTimeOffset? LastPublishedAt { get; set; }
    public IReadOnlyList<StatementState> Statements { get; set; } = [];
    public List<ReportedOmission> Omissions { get; set; } = [];
    public List<ReportedFraming> Framing { get; set; } = [];
    public List<DivergenceChange> Changes { get; set; } = [];

    public StatementState? FindDuplicate(string issuer, string contentHash) =>
        Statements.FirstOrDefault(s => s.Issuer == issuer && s.Versions.Any(v => v.ContentHash == contentHash));

    public StatementState? Find(Guid statementId) => Statements.FirstOrDefault(s => s.Id == statementId);

    // A method, not a property: derived state has no place in the stored document.
    public IReadOnlySet<string> OpenDivergenceIds() =>
        Omissions.Select(o => o.Id).Concat(Framing.Select(f => f.Id)).ToHashSet();
}

/// <summary>An omission, flattened with what a query across engagements filters and sorts on.</summary>
public sealed record ReportedOmission(
    string Id, string EngagementKey, string StatedBy, string OmittedBy, string Kind, string? Topic, string Label,
    Evidence Evidence, double Confidence, DateTimeOffset PublishedAt)
{
    /// <summary>The stating account's other clauses on the same topic (Omission.Also); empty on events stored before 2.0.</summary>
    public IReadOnlyList<Evidence> Also { get; init; } = [];
}

public sealed record ReportedFraming(
    string Id, string EngagementKey, string Topic, string Label, FramingSide A, FramingSide B, double Confidence,
    DateTimeOffset PublishedAt)
{
    public string Kind => "framing";
}

/// <summary>A divergence opening or closing, with its cause and when the tracker recorded it.</summary>
public sealed record DivergenceChange(
    string DivergenceId, string Kind, string Change, string? Topic, string Reason, Guid StatementId, DateTimeOffset RecordedAt);
