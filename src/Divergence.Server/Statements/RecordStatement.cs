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
    public static async Task<IResult> Post(RecordStatement command, EngagementWriter writer, StatementAnalyzer analyzer,
        TimeProvider clock, CancellationToken ct)
    {
        if (command is null) return Problems.MissingBody();
        if (RecordStatementValidation.Problem(command, clock.GetUtcNow()) is { } problem) return problem;

        var hash = ContentHash.Of(command.Text!);
        // Analysis is the expensive part: do it once, outside the retried write, and keep its result in an event.
        var analysis = analyzer.Analyze(command.Text!, command.Language!);
        var newId = Guid.CreateVersion7();

        var decision = await writer.WriteGrouped(command.Engagement!, (current, analyses) => Decide(current, analyses, command, hash, analysis, newId), ct);
        var body = new StatementAccepted(decision.StatementId, command.Engagement!, decision.Duplicate,
            $"/api/engagements/{command.Engagement}/report");
        return decision.Duplicate ? Results.Ok(body) : Results.Created($"/api/engagements/{command.Engagement}/statements/{decision.StatementId}", body);
    }

    public sealed record Decision(Guid StatementId, bool Duplicate, object[] Events) : IDecision;

    /// <summary>Pure: what recording this statement means for the engagement as it stands.</summary>
    public static Decision Decide(EngagementReport? current, AnalysisBook analyses, RecordStatement c, string hash, StatementAnalysis analysis, Guid newId)
    {
        if (current?.FindDuplicate(c.Issuer!, hash) is { } existing)
            return new Decision(existing.Id, true, []);

        var events = new List<object>();
        if (current is null)
            events.Add(new EngagementOpened(c.Engagement!, string.IsNullOrWhiteSpace(c.EngagementTitle) ? c.Title! : c.EngagementTitle));
        var statementEvents = new object[]
        {
            new StatementRecorded(newId, c.Engagement!, c.Issuer!, c.IssuerName!, c.Language!, c.PublishedAt!.Value,
                c.Title!, c.SourceUrl!, c.Text!, hash),
            new StatementAnalyzed(newId, hash, analysis),
        };
        events.AddRange(EngagementDecider.WithDivergenceChanges(current, analyses, c.Engagement!, statementEvents,
            new DivergenceCause(DivergenceCause.Recorded, newId)));
        return new Decision(newId, false, [.. events]);
    }
}
