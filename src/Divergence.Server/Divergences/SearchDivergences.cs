using System.Text.Json;
using Divergence.Server.Engagements;
using Divergence.Server.Infrastructure;
using Marten;
using Wolverine.Http;

namespace Divergence.Server.Divergences;

/// <summary>A journalist's question across engagements: who left out what, when.</summary>
public sealed record DivergenceQuery(
    string? StatedBy, string? OmittedBy, string? Issuer, string? Topic, string? Kind,
    DateTimeOffset? From, DateTimeOffset? To, double MinConfidence, Paging Paging);

public static class SearchDivergencesEndpoint
{
    [WolverineGet("/api/divergences")]
    public static async Task<IResult> Get(string? statedBy, string? omittedBy, string? issuer, string? topic, string? kind,
        string? from, string? to, string? asOf, string? minConfidence, string? page, string? pageSize, IDocumentStore store, CancellationToken ct)
    {
        await using var session = store.QuerySession(); // read-only: no outboxed session (see GetOmissionReportEndpoint)
        if (Paging.TryParse(page, pageSize, out var paging) is { } problem) return problem;
        if (kind is not (null or "omission" or "framing")) return Problems.BadRequest("kind is omission or framing.");
        if (!QueryNumbers.TryConfidence(minConfidence, out var minimum)) return Problems.BadRequest("minConfidence must be between 0 and 1.");
        if (!Dates.TryParse(asOf, out var asOfDate)) return Problems.BadRequest("asOf is a date (2025-08-01) or an ISO 8601 time.");
        if (!Dates.TryParse(from, out var fromDate) || !Dates.TryParse(to, out var toDate))
            return Problems.BadRequest("from and to are dates (2025-07-31) or ISO 8601 times.");
        // asOf on this list: divergences whose two accounts were both out by then (a divergence is dated by the
        // later one), i.e. an upper bound like `to`; the tighter of the two wins.
        var until = new[] { Dates.EndOf(to, toDate), Dates.EndOf(asOf, asOfDate) }.Where(d => d is not null).Min();
        var query = new DivergenceQuery(statedBy, omittedBy, issuer, topic, kind, fromDate, until, minimum, paging);
        var (total, items) = await DivergenceSearchSql.Run(session, query, ct);
        return Results.Ok(new Paged<JsonElement>(paging.Page, paging.Size, total, items));
    }
}
