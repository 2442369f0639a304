using Divergence.Analysis;
using Divergence.Server.Infrastructure;
using Divergence.Server.Statements;
using Marten;
using Wolverine.Http;

namespace Divergence.Server.Engagements;

public static class GetOmissionReportEndpoint
{
    /// <summary>
    /// The engagement's report: live by default; ?asOf= replays to a publication time, ?knownAt= to a recording
    /// time, ?analysis=current re-reads every version with today's analyzer instead of the analysis of the time.
    /// </summary>
    [WolverineGet("/api/engagements/{key}/report")]
    public static async Task<IResult> Get(string key, string? asOf, string? knownAt, string? analysis, string? minConfidence,
        IDocumentStore store, StatementAnalyzer analyzer, ReplayMemo memo, TimeProvider clock, CancellationToken ct)
    {
        // A plain read-only session: taking IQuerySession here made Wolverine open an outboxed document session
        // (with a message context) for every read, the most frequent request there is.
        await using var session = store.QuerySession();
        if (ReportQuery.TryParse(asOf, knownAt, analysis, minConfidence, clock.GetUtcNow(), out var query) is { } problem) return problem;
        if (!Slugs.IsEngagementKey(key)) return Problems.NotFound($"No engagement '{key}': keys are lowercase slugs.");
        var live = await session.LoadAsync<EngagementReport>(key, ct);
        if (live is null) return Problems.NotFound($"No engagement '{key}' has been recorded.");
        if (query.IsLive) return Results.Ok(OmissionReport.From(live, query, null));

        var answer = await memo.GetOrCompute(live, query, async () =>
        {
            var known = query.KnownAt is { } t
                ? await session.Events.AggregateStreamAsync<EngagementReport>(key, timestamp: t, token: ct)
                  ?? new EngagementReport { Id = key, Title = live.Title }
                : live;
            if (!query.CurrentAnalyzer && query.AsOf is null) return new ReplayMemo.Answer(known, null);

            var reread = query.CurrentAnalyzer ? await Reanalysis.ReaderFor(session, key, query.KnownAt, analyzer, ct) : null;
            var analyses = reread is null
                ? await memo.Analyses(key, live.Version, query.KnownAt, () => AnalysisBook.Load(session, key, query.KnownAt, ct))
                : AnalysisBook.Empty;
            return new ReplayMemo.Answer(known, EngagementComparison.Compute(key, known.Statements, analyses, query.AsOf, reread));
        });
        return Results.Ok(OmissionReport.From(answer.Known, query, answer.Recomputed));
    }
}
