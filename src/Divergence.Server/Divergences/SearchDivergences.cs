using System.Text.Json;
using Divergence.Server.Engagements;
using Divergence.Server.Infrastructure;
using Marten;
using Npgsql;
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
        string? from, string? to, string? asOf, string? minConfidence, string? page, string? pageSize, IQuerySession session, CancellationToken ct)
    {
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
        var (total, items) = await Run(session, query, ct);
        return Results.Ok(new Paged<JsonElement>(paging.Page, paging.Size, total, items));
    }

    // Omissions and framing differences live as arrays inside each engagement's report document; unnesting them
    // in SQL keeps filtering, ordering and paging in the database. Every value is a parameter.
    static async Task<(long Total, IReadOnlyList<JsonElement> Items)> Run(IQuerySession session, DivergenceQuery q, CancellationToken ct)
    {
        var table = session.DocumentStore.Options.Schema.For<EngagementReport>();
        var sql = $"""
            with d as (
              select o.value as item, 'omission' as kind, o.value->>'statedBy' as stated, o.value->>'omittedBy' as omitted,
                     null as side_a, null as side_b, o.value->>'topic' as topic,
                     (o.value->>'confidence')::float8 as confidence, (o.value->>'publishedAt')::timestamptz as published
                from {table} r, jsonb_array_elements(r.data->'omissions') o
              union all
              select f.value, 'framing', null, null, f.value->'a'->>'issuer', f.value->'b'->>'issuer', f.value->>'topic',
                     (f.value->>'confidence')::float8, (f.value->>'publishedAt')::timestamptz
                from {table} r, jsonb_array_elements(r.data->'framing') f
            )
            select item::text, count(*) over () from d
            where (@kind::text is null or kind = @kind)
              and (@stated::text is null or stated = @stated)
              and (@omitted::text is null or omitted = @omitted)
              and (@issuer::text is null or @issuer in (stated, omitted, side_a, side_b))
              and (@topic::text is null or topic = @topic)
              and (@from::timestamptz is null or published >= @from)
              and (@to::timestamptz is null or published < @to)
              and confidence >= @min
            order by published desc, item->>'engagementKey', kind, topic
            limit @limit offset @offset
            """;
        var conn = (NpgsqlConnection)session.Connection!;
        await using var cmd = new NpgsqlCommand(sql, conn);
        cmd.Parameters.Add(new NpgsqlParameter("kind", (object?)q.Kind ?? DBNull.Value) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter("stated", (object?)q.StatedBy ?? DBNull.Value) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter("omitted", (object?)q.OmittedBy ?? DBNull.Value) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter("issuer", (object?)q.Issuer ?? DBNull.Value) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter("topic", (object?)q.Topic ?? DBNull.Value) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter("from", (object?)q.From ?? DBNull.Value) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        cmd.Parameters.Add(new NpgsqlParameter("to", (object?)q.To ?? DBNull.Value) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        cmd.Parameters.AddWithValue("min", q.MinConfidence);
        cmd.Parameters.AddWithValue("limit", q.Paging.Size);
        cmd.Parameters.AddWithValue("offset", q.Paging.Offset);
        if (conn.State != System.Data.ConnectionState.Open) await conn.OpenAsync(ct);

        var items = new List<JsonElement>();
        long total = 0;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            items.Add(JsonDocument.Parse(reader.GetString(0)).RootElement.Clone());
            total = reader.GetInt64(1);
        }
        return (total, items);
    }
}
