using Divergence.Server.Engagements;
using Divergence.Server.Infrastructure;
using Marten;
using Wolverine.Http;

namespace Divergence.Server.Statements;

public sealed record StatementHistory(
    Guid StatementId, string Engagement, string Issuer, string Title, DateTimeOffset PublishedAt,
    IReadOnlyList<VersionHistory> Versions, WithdrawalHistory? Withdrawal, IReadOnlyList<DivergenceChange> Changes);

public sealed record VersionHistory(
    int Number, string ContentHash, DateTimeOffset EffectiveAt, DateTimeOffset RecordedAt, string? Note, string Text,
    IReadOnlyList<DiffLine> Diff, IReadOnlyList<AnalysisHistory> Analyses);

public sealed record AnalysisHistory(string AnalyzerVersion, DateTimeOffset RecordedAt, int Claims);

public sealed record WithdrawalHistory(DateTimeOffset WithdrawnAt, DateTimeOffset RecordedAt, string Reason);

public static class GetStatementHistoryEndpoint
{
    /// <summary>Every version of a statement with its diff, every analysis of it, and what it opened or closed.</summary>
    [WolverineGet("/api/engagements/{key}/statements/{id}/history")]
    public static async Task<IResult> Get(string key, Guid id, IDocumentStore store, CancellationToken ct)
    {
        await using var session = store.QuerySession(); // read-only: no outboxed session (see GetOmissionReportEndpoint)
        if (!Slugs.IsEngagementKey(key)) return Problems.NotFound($"No engagement '{key}'.");
        var report = await session.LoadAsync<EngagementReport>(key, ct);
        var statement = report?.Find(id);
        if (statement is null) return Problems.NotFound($"No statement {id} in engagement '{key}'.");

        var versions = new List<VersionHistory>();
        WithdrawalHistory? withdrawal = null;
        foreach (var e in await session.Events.FetchStreamAsync(key, token: ct))
        {
            switch (e.Data)
            {
                case StatementRecorded r when r.StatementId == id:
                    versions.Add(new VersionHistory(1, r.ContentHash, r.PublishedAt, e.Timestamp, null, r.Text, [], []));
                    break;
                case StatementRevised v when v.StatementId == id:
                    versions.Add(new VersionHistory(versions.Count + 1, v.ContentHash, v.RevisedAt, e.Timestamp, v.Note, v.Text,
                        TextDiff.Sentences(versions[^1].Text, v.Text), []));
                    break;
                case StatementAnalyzed a when a.StatementId == id:
                    var i = versions.FindLastIndex(x => x.ContentHash == a.ContentHash);
                    if (i >= 0) versions[i] = versions[i] with
                    {
                        Analyses = [.. versions[i].Analyses, new AnalysisHistory(a.Analysis.AnalyzerVersion, e.Timestamp, a.Analysis.Claims.Count)],
                    };
                    break;
                case StatementWithdrawn w when w.StatementId == id:
                    withdrawal = new WithdrawalHistory(w.WithdrawnAt, e.Timestamp, w.Reason);
                    break;
            }
        }
        return Results.Ok(new StatementHistory(id, key, statement.Issuer, statement.Title, statement.PublishedAt, versions,
            withdrawal, report!.Changes.Where(c => c.StatementId == id).ToList()));
    }
}
