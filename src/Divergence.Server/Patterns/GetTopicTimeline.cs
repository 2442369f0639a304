using Divergence.Analysis;
using Divergence.Server.Infrastructure;
using Marten;
using Wolverine.Http;

namespace Divergence.Server.Patterns;

public sealed record TopicTimelineView(string Topic, string Label, DateTimeOffset? AsOf, int Page, int PageSize, long Total,
    IReadOnlyList<TopicTimelineEntry> Entries);

/// <param name="OmittedBy">issuers present in the engagement whose account does not state the topic</param>
public sealed record TopicTimelineEntry(string Engagement, DateTimeOffset PublishedAt, string[] StatedBy, string[] OmittedBy);

public static class GetTopicTimelineEndpoint
{
    /// <summary>Which issuers stated or omitted a topic, engagement by engagement (publication order).</summary>
    [WolverineGet("/api/topics/{topic}/timeline")]
    public static async Task<IResult> Get(string topic, string? asOf, string? page, string? pageSize, IDocumentStore store,
        StatementAnalyzer analyzer, CancellationToken ct)
    {
        await using var session = store.QuerySession(); // read-only: no outboxed session (see GetOmissionReportEndpoint)
        if (Paging.TryParse(page, pageSize, out var paging) is { } problem) return problem;
        var known = analyzer.Taxonomy.Find(topic);
        if (known is null) return Problems.NotFound($"No topic '{topic}' in taxonomy {analyzer.Taxonomy.Version} (GET /api/topics lists them).");
        if (!Dates.TryParse(asOf, out var asOfTime)) return Problems.BadRequest("asOf is a date (2025-08-01) or an ISO 8601 time.");
        var until = Dates.EndOf(asOf, asOfTime);
        var query = session.Query<TopicMention>().Where(m => m.Topic == topic && m.StatedBy.Any());
        if (until is { } u) query = query.Where(m => m.PublishedAt < u);
        var total = await query.CountAsync(ct);
        var mentions = await query.OrderBy(m => m.PublishedAt).ThenBy(m => m.Engagement).Skip(paging.Offset).Take(paging.Size).ToListAsync(ct);
        var entries = mentions.Select(m => new TopicTimelineEntry(m.Engagement, m.PublishedAt, m.StatedBy, m.OmittedBy)).ToList();
        return Results.Ok(new TopicTimelineView(topic, known.Label, asOfTime, paging.Page, paging.Size, total, entries));
    }

    [WolverineGet("/api/topics")]
    public static IResult List(StatementAnalyzer analyzer) =>
        Results.Ok(new { version = analyzer.Taxonomy.Version, topics = analyzer.Taxonomy.Topics.Select(t => new { t.Id, t.Label }) });
}
