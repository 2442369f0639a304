namespace Divergence.Server.Statements;

/// <summary>
/// The one place that says how statement events change what we know about statements. Pure: the live projection,
/// the handlers deciding what changed, and the as-of replays all fold through here.
/// </summary>
public static class StatementFold
{
    public static IReadOnlyList<StatementState> Apply(IReadOnlyList<StatementState> statements, object e) => e switch
    {
        StatementRecorded r => [.. statements, new StatementState(r.StatementId, r.Issuer, r.IssuerName, r.Language,
            r.PublishedAt, r.Title, r.SourceUrl, [new StatementVersion(r.ContentHash, r.PublishedAt, r.Text.Length, [])])],
        StatementRevised r => Update(statements, r.StatementId, s => s with
        {
            Versions = [.. s.Versions, new StatementVersion(r.ContentHash, r.RevisedAt, r.Text.Length, [])],
        }),
        StatementWithdrawn w => Update(statements, w.StatementId, s => s with { WithdrawnAt = w.WithdrawnAt, WithdrawalReason = w.Reason }),
        StatementAnalyzed a => Update(statements, a.StatementId, s => s with
        {
            Versions = [.. s.Versions.Select(v => v.ContentHash == a.ContentHash
                ? v with { AnalyzerVersions = [.. v.AnalyzerVersions, a.Analysis.AnalyzerVersion] }
                : v)],
        }),
        _ => statements,
    };

    static IReadOnlyList<StatementState> Update(IReadOnlyList<StatementState> statements, Guid id, Func<StatementState, StatementState> change) =>
        [.. statements.Select(s => s.Id == id ? change(s) : s)];
}
