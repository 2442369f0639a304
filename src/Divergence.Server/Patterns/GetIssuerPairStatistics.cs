using Divergence.Server.Infrastructure;
using Marten;
using Wolverine.Http;

namespace Divergence.Server.Patterns;

/// <summary>How often OmittedBy leaves out Topic when StatedBy states it, over engagements where both spoke.</summary>
public sealed record TopicOmissionRate(string StatedBy, string OmittedBy, string Topic, int Stated, int Omitted, double Rate);

public static class GetIssuerPairStatisticsEndpoint
{
    [WolverineGet("/api/statistics/issuer-pairs")]
    public static async Task<IResult> Get(string? statedBy, string? omittedBy, string? topic, string? asOf,
        IDocumentStore store, CancellationToken ct)
    {
        await using var session = store.QuerySession(); // read-only: no outboxed session (see GetOmissionReportEndpoint)
        if (!Dates.TryParse(asOf, out var asOfTime)) return Problems.BadRequest("asOf is a date (2025-08-01) or an ISO 8601 time.");
        var until = Dates.EndOf(asOf, asOfTime);
        var query = session.Query<PairMention>().Where(p => p.Stated.Any());
        if (statedBy is not null) query = query.Where(p => p.StatedBy == statedBy);
        if (omittedBy is not null) query = query.Where(p => p.OmittedBy == omittedBy);
        if (until is { } u) query = query.Where(p => p.PublishedAt < u);
        var mentions = await query.ToListAsync(ct);

        var rates = mentions.GroupBy(m => (m.StatedBy, m.OmittedBy)).SelectMany(Rates).Where(r => topic is null || r.Topic == topic)
            .OrderByDescending(r => r.Omitted).ThenBy(r => r.StatedBy).ThenBy(r => r.OmittedBy).ThenBy(r => r.Topic).ToList();
        return Results.Ok(new { asOf = asOfTime, rates });
    }

    static IEnumerable<TopicOmissionRate> Rates(IGrouping<(string StatedBy, string OmittedBy), PairMention> pair) =>
        pair.SelectMany(e => e.Stated).Distinct().Select(t =>
        {
            var stated = pair.Count(e => e.Stated.Contains(t));
            var omitted = pair.Count(e => e.Omitted.Contains(t));
            return new TopicOmissionRate(pair.Key.StatedBy, pair.Key.OmittedBy, t, stated, omitted, Math.Round((double)omitted / stated, 3));
        });
}
