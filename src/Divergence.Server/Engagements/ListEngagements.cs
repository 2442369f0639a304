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
    public static async Task<IResult> Get(string? page, string? pageSize, IQuerySession session, CancellationToken ct)
    {
        if (Paging.TryParse(page, pageSize, out var paging) is { } problem) return problem;
        var total = await session.Query<EngagementReport>().CountAsync(ct);
        var reports = await session.Query<EngagementReport>()
            .OrderByDescending(r => r.LastPublishedAt).ThenBy(r => r.Id)
            .Skip(paging.Offset).Take(paging.Size).ToListAsync(ct);
        var items = reports.Select(r => new EngagementListing(r.Id, r.Title, r.Issuers.ToList(), r.Statements.Count,
            r.Omissions.Count, r.Framing.Count, r.FirstPublishedAt, r.LastPublishedAt, $"/api/engagements/{r.Id}/report")).ToList();
        return Results.Ok(new Paged<EngagementListing>(paging.Page, paging.Size, total, items));
    }
}
