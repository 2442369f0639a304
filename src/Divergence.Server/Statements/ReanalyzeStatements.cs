using Divergence.Analysis;
using Divergence.Server.Engagements;
using Divergence.Server.Infrastructure;
using Marten;
using Wolverine.Http;

namespace Divergence.Server.Statements;

/// <summary>Re-read statements with the current analyzer: one engagement, or all of them.</summary>
public sealed record ReanalyzeStatements(string? Engagement);

public sealed record ReanalysisResult(string Analyzer, int Engagements, int VersionsReanalyzed, int Opened, int Closed);

public static class ReanalyzeStatementsEndpoint
{
    public sealed record Decision(int Versions, int Opened, int Closed, object[] Events) : IDecision;

    [WolverinePost("/api/reanalysis")]
    public static async Task<IResult> Post(ReanalyzeStatements command, IDocumentStore store, EngagementWriter writer,
        StatementAnalyzer analyzer, CancellationToken ct)
    {
        if (command is null) return Problems.MissingBody();
        if (command.Engagement is { } k && !Slugs.IsEngagementKey(k)) return Problems.NotFound($"No engagement '{k}'.");
        await using var session = store.QuerySession();
        var keys = command.Engagement is { } key
            ? await session.Query<EngagementReport>().Where(r => r.Id == key).Select(r => r.Id).ToListAsync(ct)
            : await session.Query<EngagementReport>().OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
        if (command.Engagement is not null && keys.Count == 0) return Problems.NotFound($"No engagement '{command.Engagement}' has been recorded.");

        int versions = 0, opened = 0, closed = 0;
        foreach (var engagement in keys)
        {
            var texts = await Reanalysis.TextsByHash(session, engagement, null, ct);
            var cache = new Dictionary<string, StatementAnalysis>();
            var decision = await writer.Write(engagement, (current, analyses) => Decide(current!, analyses, analyzer.Version,
                (statement, version) => cache.TryGetValue(version.ContentHash, out var a) ? a
                    : cache[version.ContentHash] = analyzer.Analyze(texts[version.ContentHash], statement.Language)), ct);
            (versions, opened, closed) = (versions + decision.Versions, opened + decision.Opened, closed + decision.Closed);
        }
        return Results.Ok(new ReanalysisResult(analyzer.Version, keys.Count, versions, opened, closed));
    }

    /// <summary>
    /// Pure given the analyses: append a new analysis for every version not yet read by this analyzer, one
    /// statement at a time, so each divergence that opens or closes names the statement whose reading changed.
    /// </summary>
    public static Decision Decide(EngagementReport current, AnalysisBook analyses, string analyzerVersion, Func<StatementState, StatementVersion, StatementAnalysis> analyze)
    {
        var events = new List<object>();
        var (state, book) = (current, analyses);
        var count = 0;
        foreach (var statement in current.Statements)
        {
            var stale = statement.Versions.Where(v => !v.AnalyzerVersions.Contains(analyzerVersion)).ToList();
            if (stale.Count == 0) continue;
            count += stale.Count;
            var statementEvents = stale.Select(v => (object)new StatementAnalyzed(statement.Id, v.ContentHash, analyze(statement, v))).ToList();
            var step = EngagementDecider.WithDivergenceChanges(state, book, current.Id, statementEvents,
                new DivergenceCause(DivergenceCause.Reanalyzed, statement.Id));
            events.AddRange(step);
            (state, book) = (EngagementDecider.Evolve(state, step), book.With(step));
        }
        return new Decision(count, events.Count(e => e is OmissionOpened or FramingOpened), events.Count(e => e is DivergenceClosed), [.. events]);
    }
}
