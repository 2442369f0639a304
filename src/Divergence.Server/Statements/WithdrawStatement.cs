using Divergence.Server.Engagements;
using Divergence.Server.Infrastructure;
using Wolverine.Http;

namespace Divergence.Server.Statements;

/// <summary>The issuer took the release down.</summary>
public sealed record WithdrawStatement(DateTimeOffset? WithdrawnAt, string? Reason);

public static class WithdrawStatementEndpoint
{
    public enum Outcome { Withdrawn, AlreadyWithdrawn, NoSuchStatement, BeforePublication }

    public sealed record Decision(Outcome Outcome, object[] Events) : IDecision;

    [WolverinePost("/api/engagements/{key}/statements/{id}/withdrawal")]
    public static async Task<IResult> Post(string key, Guid id, WithdrawStatement command, EngagementWriter writer,
        TimeProvider clock, CancellationToken ct)
    {
        if (command is null) return Problems.MissingBody();
        var errors = new Dictionary<string, string[]>();
        if (command.WithdrawnAt is null) errors["withdrawnAt"] = ["When the statement was taken down (ISO 8601)."];
        else if (command.WithdrawnAt > clock.GetUtcNow().AddDays(1)) errors["withdrawnAt"] = ["A withdrawal in the future has not happened yet."];
        if (string.IsNullOrWhiteSpace(command.Reason) || command.Reason.Length > 1000)
            errors["reason"] = ["Why or how it was withdrawn (page removed, replaced by ...), at most 1,000 characters."];
        if (errors.Count > 0) return Problems.Invalid(errors);
        if (!Slugs.IsEngagementKey(key)) return Problems.NotFound($"No engagement '{key}'.");

        var decision = await writer.Write(key, (current, analyses) => current?.Find(id) is { } statement
            ? Decide(current, analyses, statement, command)
            : new Decision(Outcome.NoSuchStatement, []), ct);

        return decision.Outcome switch
        {
            Outcome.NoSuchStatement => Problems.NotFound($"No statement {id} in engagement '{key}'."),
            Outcome.BeforePublication => Problems.Invalid(new Dictionary<string, string[]>
                { ["withdrawnAt"] = ["A statement cannot be withdrawn before it was published."] }),
            Outcome.AlreadyWithdrawn => Results.Ok(new { statementId = id, withdrawn = true, changed = false }),
            _ => Results.Ok(new { statementId = id, withdrawn = true, changed = true }),
        };
    }

    /// <summary>Pure: withdrawing stops the statement counting, which may close divergences it carried.</summary>
    public static Decision Decide(EngagementReport current, AnalysisBook analyses, StatementState statement, WithdrawStatement c)
    {
        if (statement.Withdrawn) return new Decision(Outcome.AlreadyWithdrawn, []);
        if (c.WithdrawnAt < statement.PublishedAt) return new Decision(Outcome.BeforePublication, []);
        object[] statementEvents = [new StatementWithdrawn(statement.Id, c.WithdrawnAt!.Value, c.Reason!.Trim())];
        return new Decision(Outcome.Withdrawn, EngagementDecider.WithDivergenceChanges(current, analyses, current.Id, statementEvents,
            new DivergenceCause(DivergenceCause.Withdrawn, statement.Id)));
    }
}
