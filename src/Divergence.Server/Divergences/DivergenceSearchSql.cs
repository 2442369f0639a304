using System.Text.Json;
using Divergence.Server.Engagements;
using Marten;
using Npgsql;

namespace Divergence.Server.Divergences;

/// <summary>The SQL behind GET /api/divergences.</summary>
public static class DivergenceSearchSql
{
    // Omissions and framing differences live as arrays inside each engagement's report document; unnesting them
    // in SQL keeps filtering, ordering and paging in the database. Every value is a parameter.
    public static async Task<(long Total, IReadOnlyList<JsonElement> Items)> Run(IQuerySession session, DivergenceQuery q, CancellationToken ct)
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
