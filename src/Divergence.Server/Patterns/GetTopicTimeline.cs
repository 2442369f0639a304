using Divergence.Analysis;
using Divergence.Server.Infrastructure;
using Marten;
using Wolverine.Http;

namespace Divergence.Server.Patterns;

public sealed record TopicTimelineView(string Topic, string Label, DateTimeOffset? AsOf, IReadOnlyList<TopicTimelineEntry> Entries);

public static class GetTopicTimelineEndpoint
{
    /// <summary>Which issuers stated or omitted a topic, engagement by engagement (publication order).</summary>
    [WolverineGet("/api/topics/{topic}/timeline")]
    public static async Task<IResult> Get(string topic, string? asOf, IQuerySession session, StatementAnalyzer analyzer, CancellationToken ct)
    {
        var known = analyzer.Taxonomy.Find(topic);
        if (known is null) return Problems.NotFound($"No topic '{topic}' in taxonomy {analyzer.Taxonomy.Version} (GET /api/topics lists them).");
        if (!Dates.TryParse(asOf, out var asOfTime)) return Problems.BadRequest("asOf is a date (2025-08-01) or an ISO 8601 time.");
        var until = Dates.EndOf(asOf, asOfTime);
        var timeline = await session.LoadAsync<TopicTimeline>(topic, ct);
        var entries = (timeline?.Entries ?? []).Where(e => until is null || e.PublishedAt < until).ToList();
        return Results.Ok(new TopicTimelineView(topic, known.Label, asOfTime, entries));
    }

    [WolverineGet("/api/topics")]
    public static IResult List(StatementAnalyzer analyzer) =>
        Results.Ok(new { version = analyzer.Taxonomy.Version, topics = analyzer.Taxonomy.Topics.Select(t => new { t.Id, t.Label }) });
}
