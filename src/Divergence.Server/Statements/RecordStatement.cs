using Divergence.Analysis;
using Divergence.Server.Engagements;
using Divergence.Server.Infrastructure;
using Marten;
using Wolverine.Http;

namespace Divergence.Server.Statements;

/// <summary>A government's statement about a meeting or call, as submitted for recording.</summary>
public sealed record RecordStatement(
    string? Engagement,
    string? EngagementTitle,
    string? Issuer,
    string? IssuerName,
    string? Language,
    DateTimeOffset? PublishedAt,
    string? Title,
    string? SourceUrl,
    string? Text);

public sealed record StatementAccepted(Guid StatementId, string Engagement, bool Duplicate, string Report);

public static class RecordStatementEndpoint
{
    [WolverinePost("/api/statements")]
    public static async Task<IResult> Post(RecordStatement command, IDocumentStore store,
        StatementAnalyzer analyzer, TimeProvider clock, StoreRetry retry, CancellationToken ct)
    {
        if (RecordStatementValidation.Problem(command, clock.GetUtcNow()) is { } problem) return problem;

        var hash = ContentHash.Of(command.Text!);
        // Analysis is the expensive part: do it once, outside the retried write, and keep its result in an event.
        var analysis = analyzer.Analyze(command.Text!, command.Language!);
        var newId = Guid.CreateVersion7();

        return await retry.Run(async token =>
        {
            // A fresh session per attempt: a failed attempt leaves nothing pending behind.
            await using var session = store.LightweightSession();
            var stream = await session.Events.FetchForWriting<EngagementReport>(command.Engagement!, token);
            var decision = Decide(stream.Aggregate, command, hash, analysis, newId);
            if (decision.Events.Length > 0)
            {
                stream.AppendMany(decision.Events);
                await session.SaveChangesAsync(token);
            }
            var body = new StatementAccepted(decision.StatementId, command.Engagement!, decision.Duplicate,
                $"/api/engagements/{command.Engagement}/report");
            return decision.Duplicate ? Results.Ok(body) : Results.Created($"/api/statements/{decision.StatementId}", body);
        }, ct);
    }

    public sealed record Decision(Guid StatementId, bool Duplicate, object[] Events);

    /// <summary>Pure: what recording this statement means for the engagement as it stands.</summary>
    public static Decision Decide(EngagementReport? current, RecordStatement c, string hash, StatementAnalysis analysis, Guid newId)
    {
        if (current?.FindDuplicate(c.Issuer!, hash) is { } existing)
            return new Decision(existing.Id, true, []);

        var events = new List<object>();
        if (current is null)
            events.Add(new EngagementOpened(c.Engagement!, string.IsNullOrWhiteSpace(c.EngagementTitle) ? c.Title! : c.EngagementTitle));
        events.Add(new StatementRecorded(newId, c.Engagement!, c.Issuer!, c.IssuerName!, c.Language!, c.PublishedAt!.Value,
            c.Title!, c.SourceUrl!, c.Text!, hash));
        events.Add(new StatementAnalyzed(newId, analysis));
        return new Decision(newId, false, [.. events]);
    }
}
