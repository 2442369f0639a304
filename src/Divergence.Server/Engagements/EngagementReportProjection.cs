using Divergence.Analysis.Comparison;
using Divergence.Server.Statements;
using Marten.Events.Aggregation;

namespace Divergence.Server.Engagements;

/// <summary>
/// Folds an engagement's events into its report. The analysis arrives in events, so this fold only compares
/// stored claims: cheap, deterministic, and a rebuild reproduces exactly what was known.
/// </summary>
public sealed class EngagementReportProjection : SingleStreamProjection<EngagementReport, string>
{
    static readonly AccountComparer Comparer = new();

    public EngagementReport Create(EngagementOpened e) => new() { Id = e.EngagementKey, Title = e.Title };

    public void Apply(StatementRecorded e, EngagementReport report)
    {
        report.Statements.Add(new ReportedStatement(e.StatementId, e.Issuer, e.IssuerName, e.Language, e.PublishedAt,
            e.Title, e.SourceUrl, e.ContentHash, e.Text.Length, Analysis: null));
        report.FirstPublishedAt = Min(report.FirstPublishedAt, e.PublishedAt);
        report.LastPublishedAt = Max(report.LastPublishedAt, e.PublishedAt);
    }

    public void Apply(StatementAnalyzed e, EngagementReport report)
    {
        var index = report.Statements.FindIndex(s => s.Id == e.StatementId);
        if (index < 0) return;
        report.Statements[index] = report.Statements[index] with { Analysis = e.Analysis };
        Recompare(report);
    }

    static void Recompare(EngagementReport report)
    {
        report.Omissions.Clear();
        report.Framing.Clear();
        var accounts = report.Statements.Where(s => s.Analysis is not null).GroupBy(s => s.Issuer).OrderBy(g => g.Key)
            .Select(g => (Account: new Account(g.Key, g.Select(s => new AccountStatement(s.Id.ToString(), s.Analysis!)).ToList()),
                          Latest: g.Max(s => s.PublishedAt)))
            .ToList();
        for (var i = 0; i < accounts.Count; i++)
        for (var j = i + 1; j < accounts.Count; j++)
        {
            var (a, b) = (accounts[i], accounts[j]);
            // A divergence exists from the moment both accounts were out.
            var when = a.Latest > b.Latest ? a.Latest : b.Latest;
            var result = Comparer.Compare(a.Account, b.Account);
            report.Omissions.AddRange(result.Omissions.Select(o => new ReportedOmission(report.Id, o.StatedBy, o.OmittedBy,
                o.Kind, o.Topic, o.Label, o.Evidence, o.Confidence, when)));
            report.Framing.AddRange(result.Framing.Select(f => new ReportedFraming(report.Id, f.Topic, f.Label, f.A, f.B,
                f.Confidence, when)));
        }
    }

    static DateTimeOffset Min(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x < b ? x : b;
    static DateTimeOffset Max(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;
}
