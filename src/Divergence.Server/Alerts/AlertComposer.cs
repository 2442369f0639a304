using Divergence.Server.Engagements;
using Divergence.Server.Statements;
using JasperFx.Events;

namespace Divergence.Server.Alerts;

/// <summary>
/// Pure: the alert an engagement event gives, or null. Only events that record something new alert
/// (OmissionOpened, FramingOpened, StatementRevised, StatementWithdrawn); restatements and closings do not.
/// </summary>
public static class AlertComposer
{
    public static Alert? Compose(IEvent e, EngagementReport? engagement, string publicUrl)
    {
        var key = e.StreamKey ?? "";
        var report = $"{publicUrl.TrimEnd('/')}/api/engagements/{Uri.EscapeDataString(key)}/report";
        switch (e.Data)
        {
            case OmissionOpened { Omission: var o, Cause: var c }:
                return new Alert("divergence.opened", "omission", e.Id, e.Timestamp, key, report, [o.StatedBy, o.OmittedBy],
                    o.Topic, o.Label, o.Confidence, c.Reason, o.Id,
                    new AlertSide(o.StatedBy, o.Evidence.StatementId, o.Evidence.Text, o.Evidence.Start, o.Evidence.End, "stated"),
                    new AlertSide(o.OmittedBy, null, null, null, null, "omitted"), null);
            case FramingOpened { Framing: var f, Cause: var c }:
                return new Alert("divergence.opened", "framing", e.Id, e.Timestamp, key, report, [f.A.Issuer, f.B.Issuer],
                    f.Topic, f.Label, f.Confidence, c.Reason, f.Id,
                    new AlertSide(f.A.Issuer, f.A.StatementId, f.A.Text, f.A.Start, f.A.End, "a"),
                    new AlertSide(f.B.Issuer, f.B.StatementId, f.B.Text, f.B.Start, f.B.End, "b"), null);
            case StatementRevised r:
                return Statement(e, engagement, key, report, r.StatementId, "statement.revised", "revision", DivergenceCause.Revised, r.Note);
            case StatementWithdrawn w:
                return Statement(e, engagement, key, report, w.StatementId, "statement.withdrawn", "withdrawal", DivergenceCause.Withdrawn, w.Reason);
            default:
                return null;
        }
    }

    static Alert Statement(IEvent e, EngagementReport? engagement, string key, string report, Guid statementId, string type,
        string kind, string reason, string? note)
    {
        var statement = engagement?.Find(statementId);
        var issuer = statement?.Issuer ?? "unknown";
        // The acting issuer first, then the engagement's other issuers (so country-pair filters can match).
        var issuers = new[] { issuer }.Concat(engagement?.Statements.Select(s => s.Issuer) ?? []).Distinct().ToArray();
        return new Alert(type, kind, e.Id, e.Timestamp, key, report, issuers, null, statement?.Title ?? "statement",
            null, reason, null, new AlertSide(issuer, statementId.ToString(), null, null, null, kind), null, note);
    }
}
