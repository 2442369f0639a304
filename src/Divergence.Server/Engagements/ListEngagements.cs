using Divergence.Server.Infrastructure;
using Marten;
using Wolverine.Http;

namespace Divergence.Server.Engagements;

public sealed record EngagementListing(
    string Key, string Title, IEnumerable<string> Issuers, int Statements, int Omissions, int FramingDifferences,
    DateTimeOffset? FirstPublishedAt, DateTimeOffset? LastPublishedAt, string Report);

public sealed record Paged<T>(int Page, int PageSize, long Total, IReadOnlyList<T> Items);

public static class ListEngagementsEndpoint
{
    /// <summary>Engagements, most recently published first, with their issuers and divergence counts.</summary>
    [WolverineGet("/api/engagements")]
    /// <remarks>?asOf= lists what had been published by then, with divergence counts as they stood.</remarks>
    public static async Task<IResult> Get(string? page, string? pageSize, string? asOf, IDocumentStore store, CancellationToken ct)
    {
        await using var session = store.QuerySession(); // read-only: no outboxed session (see GetOmissionReportEndpoint)
        if (Paging.TryParse(page, pageSize, out var paging) is { } problem) return problem;
        if (!Dates.TryParse(asOf, out var asOfTime)) return Problems.BadRequest("asOf is a date (2025-08-01) or an ISO 8601 time.");
        var until = Dates.EndOf(asOf, asOfTime)?.AddTicks(-1);

        var query = session.Query<EngagementReport>().AsQueryable();
        if (until is { } u) query = query.Where(r => r.FirstPublishedAt <= u);
        var total = await query.CountAsync(ct);
        var reports = await query.OrderByDescending(r => r.LastPublishedAt).ThenBy(r => r.Id)
            .Skip(paging.Offset).Take(paging.Size).ToListAsync(ct);
        var items = reports.Select(r => Listing(r, until)).ToList();
        return Results.Ok(new Paged<EngagementListing>(paging.Page, paging.Size, total, items));
    }

    static EngagementListing Listing(EngagementReport r, DateTimeOffset? asOf)
    {
        var statements = r.Statements.Where(s => s.CountsAt(asOf)).ToList();
        // Counts as of a date: the divergences open now that were already out then (both accounts published).
        // Exact replays, which also undo later revisions and withdrawals, are the report endpoint's job.
        var omissions = r.Omissions.Count(o => asOf is null || o.PublishedAt <= asOf);
        var framing = r.Framing.Count(f => asOf is null || f.PublishedAt <= asOf);
        return new EngagementListing(r.Id, r.Title, statements.Select(s => s.Issuer).Distinct().Order(StringComparer.Ordinal).ToList(),
            statements.Count, omissions, framing, r.FirstPublishedAt, asOf is null ? r.LastPublishedAt : statements.Max(s => (DateTimeOffset?)s.PublishedAt),
            $"/api/engagements/{r.Id}/report");
    }
}
