using Divergence.Server.Statements;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Divergence.Server.Engagements;

/// <summary>
/// Folds an engagement's events into its live report. No analysis and no comparison happen here: statements
/// fold through StatementFold, divergences come from the events that recorded them. Cheap and deterministic.
/// </summary>
public sealed class EngagementReportProjection : SingleStreamProjection<EngagementReport, string>
{
    public EngagementReport Create(EngagementOpened e) => new() { Id = e.EngagementKey, Title = e.Title };

    public void Apply(StatementRecorded e, EngagementReport report)
    {
        report.Statements = StatementFold.Apply(report.Statements, e);
        report.FirstPublishedAt = report.FirstPublishedAt is { } f && f < e.PublishedAt ? f : e.PublishedAt;
        report.LastPublishedAt = report.LastPublishedAt is { } l && l > e.PublishedAt ? l : e.PublishedAt;
    }

    public void Apply(StatementRevised e, EngagementReport report) => report.Statements = StatementFold.Apply(report.Statements, e);
    public void Apply(StatementWithdrawn e, EngagementReport report) => report.Statements = StatementFold.Apply(report.Statements, e);
    public void Apply(StatementAnalyzed e, EngagementReport report) => report.Statements = StatementFold.Apply(report.Statements, e);

    public void Apply(IEvent<OmissionOpened> e, EngagementReport report)
    {
        DivergenceFold.Apply(report, e.Data);
        Record(report, e, e.Data.Omission.Id, e.Data.Omission.Kind, "opened", e.Data.Omission.Topic, e.Data.Cause);
    }

    public void Apply(IEvent<FramingOpened> e, EngagementReport report)
    {
        DivergenceFold.Apply(report, e.Data);
        Record(report, e, e.Data.Framing.Id, e.Data.Framing.Kind, "opened", e.Data.Framing.Topic, e.Data.Cause);
    }

    // Nothing to fold, but handling it keeps the report's Version equal to the stream's in a rebuild too:
    // a rebuild only reads the event types the projection handles.
    public void Apply(EngagementTopicsChanged e, EngagementReport report) { }

    public void Apply(OmissionRestated e, EngagementReport report) => DivergenceFold.Apply(report, e);
    public void Apply(FramingRestated e, EngagementReport report) => DivergenceFold.Apply(report, e);

    public void Apply(IEvent<DivergenceClosed> e, EngagementReport report)
    {
        var topic = report.Omissions.FirstOrDefault(o => o.Id == e.Data.DivergenceId)?.Topic
                    ?? report.Framing.FirstOrDefault(f => f.Id == e.Data.DivergenceId)?.Topic;
        DivergenceFold.Apply(report, e.Data);
        Record(report, e, e.Data.DivergenceId, e.Data.Kind, "closed", topic, e.Data.Cause);
    }

    // The change is dated by the event store's own timestamp: when the tracker recorded it, never a clock read.
    // PostgreSQL keeps microseconds; an inline run sees .NET's 100 ns ticks before the save. Truncating makes the
    // live document and a rebuilt one identical.
    static void Record(EngagementReport report, IEvent e, string id, string kind, string change, string? topic, DivergenceCause cause) =>
        report.Changes.Add(new DivergenceChange(id, kind, change, topic, cause.Reason, cause.StatementId,
            e.Timestamp.AddTicks(-(e.Timestamp.Ticks % 10))));
}
