using Divergence.Analysis;
using Divergence.Server.Engagements;
using Divergence.Server.Infrastructure;
using Wolverine.Http;

namespace Divergence.Server.Statements;

/// <summary>New wording found at a statement's address: the issuer edited the release.</summary>
public sealed record ReviseStatement(string? Text, DateTimeOffset? RevisedAt, string? Note);

public static class ReviseStatementEndpoint
{
    public enum Outcome { Revised, Unchanged, NoSuchStatement, Withdrawn, BeforePublication }

    public sealed record Decision(Outcome Outcome, object[] Events) : IDecision;

    [WolverinePost("/api/engagements/{key}/statements/{id}/revisions")]
    public static async Task<IResult> Post(string key, Guid id, ReviseStatement command, EngagementWriter writer,
        StatementAnalyzer analyzer, TimeProvider clock, CancellationToken ct)
    {
        if (command is null) return Problems.MissingBody();
        if (StatementTextValidation.Problem(command.Text, "text") is { } tooBig) return tooBig;
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(command.Text)) errors["text"] = ["The revised text must not be empty."];
        if (command.RevisedAt is null) errors["revisedAt"] = ["When the new wording was out (ISO 8601)."];
        else if (command.RevisedAt > clock.GetUtcNow().AddDays(1)) errors["revisedAt"] = ["A revision in the future has not happened yet."];
        if (command.Note is { Length: > 1000 }) errors["note"] = ["At most 1,000 characters."];
        if (errors.Count > 0) return Problems.Invalid(errors);
        if (!Slugs.IsEngagementKey(key)) return Problems.NotFound($"No engagement '{key}'.");

        var hash = ContentHash.Of(command.Text!);
        StatementAnalysis? analysis = null;
        var decision = await writer.Write(key, (current, analyses) =>
        {
            var statement = current?.Find(id);
            if (statement is null) return new Decision(Outcome.NoSuchStatement, []);
            // Analyse only once we know the statement exists, and only once across retries.
            analysis ??= analyzer.Analyze(command.Text!, statement.Language);
            return Decide(current!, analyses, statement, command, hash, analysis);
        }, ct);

        return decision.Outcome switch
        {
            Outcome.NoSuchStatement => Problems.NotFound($"No statement {id} in engagement '{key}'."),
            Outcome.Withdrawn => Problems.Conflict($"Statement {id} was withdrawn; a withdrawn statement is not revised."),
            Outcome.BeforePublication => Problems.Invalid(new Dictionary<string, string[]>
                { ["revisedAt"] = ["A revision cannot predate the statement's publication or its previous version."] }),
            Outcome.Unchanged => Results.Ok(new { statementId = id, revised = false }),
            _ => Results.Created($"/api/engagements/{key}/statements/{id}/history", new { statementId = id, revised = true }),
        };
    }

    /// <summary>Pure: a new version when the wording really changed, and the divergences it opens or closes.</summary>
    public static Decision Decide(EngagementReport current, AnalysisBook analyses, StatementState statement, ReviseStatement c, string hash, StatementAnalysis analysis)
    {
        if (statement.Withdrawn) return new Decision(Outcome.Withdrawn, []);
        if (statement.Latest.ContentHash == hash) return new Decision(Outcome.Unchanged, []);
        if (c.RevisedAt < statement.Latest.EffectiveAt) return new Decision(Outcome.BeforePublication, []);
        object[] statementEvents =
        [
            new StatementRevised(statement.Id, c.RevisedAt!.Value, c.Text!, hash, c.Note),
            new StatementAnalyzed(statement.Id, hash, analysis),
        ];
        return new Decision(Outcome.Revised, EngagementDecider.WithDivergenceChanges(current, analyses, current.Id, statementEvents,
            new DivergenceCause(DivergenceCause.Revised, statement.Id)));
    }
}
