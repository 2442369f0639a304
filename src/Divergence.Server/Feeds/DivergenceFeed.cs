using System.Text;
using System.Text.Json;
using System.Xml;
using Divergence.Server.Alerts;
using Divergence.Server.Infrastructure;
using Marten;
using Npgsql;
using Wolverine.Http;

namespace Divergence.Server.Feeds;

/// <summary>
/// Atom feed of divergences as they were opened (newest first, 100 entries): all, or ?topic=, ?issuer=, ?engagement=.
/// Read from the OmissionOpened / FramingOpened events themselves, so an entry never changes or disappears; the
/// text is untrusted (quotes from releases) and goes through XmlWriter, which escapes it.
/// </summary>
public static class DivergenceFeedEndpoint
{
    const string Atom = "http://www.w3.org/2005/Atom";

    [WolverineGet("/feeds/divergences.atom")]
    public static async Task<IResult> Get(string? topic, string? issuer, string? engagement, IDocumentStore store,
        AlertSettings settings, TimeProvider clock, CancellationToken ct)
    {
        await using var session = store.QuerySession(); // read-only: no outboxed session (see GetOmissionReportEndpoint)
        if (engagement is not null && !Slugs.IsEngagementKey(engagement)) return Problems.BadRequest("engagement is an engagement key.");
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        var sql = $"""
            select id, stream_id, data::text, timestamp from {schema}.mt_events
            where type in ('omission_opened', 'framing_opened')
              and (@engagement::text is null or stream_id = @engagement)
              and (@topic::text is null or coalesce(data->'omission'->>'topic', data->'framing'->>'topic') = @topic)
              and (@issuer::text is null or @issuer in (data->'omission'->>'statedBy', data->'omission'->>'omittedBy',
                   data->'framing'->'a'->>'issuer', data->'framing'->'b'->>'issuer'))
            order by seq_id desc limit 100
            """;
        var entries = new List<(Guid Id, string Key, string Data, DateTimeOffset At)>();
        await using (var cmd = new NpgsqlCommand(sql, (NpgsqlConnection)session.Connection!))
        {
            cmd.Parameters.AddWithValue("engagement", (object?)engagement ?? DBNull.Value);
            cmd.Parameters.AddWithValue("topic", (object?)topic ?? DBNull.Value);
            cmd.Parameters.AddWithValue("issuer", (object?)issuer ?? DBNull.Value);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                entries.Add((reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }
        return Results.Text(Write(entries, settings.PublicUrl, entries.Count > 0 ? entries[0].At : clock.GetUtcNow()),
            "application/atom+xml; charset=utf-8");
    }

    static string Write(List<(Guid Id, string Key, string Data, DateTimeOffset At)> entries, string publicUrl, DateTimeOffset updated)
    {
        var output = new StringBuilder();
        using (var x = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            x.WriteStartElement("feed", Atom);
            x.WriteElementString("id", Atom, "urn:divergence:feed:divergences");
            x.WriteElementString("title", Atom, "Divergence: new divergences between official accounts");
            x.WriteElementString("updated", Atom, XmlConvert.ToString(updated.UtcDateTime, XmlDateTimeSerializationMode.Utc));
            x.WriteStartElement("author", Atom);
            x.WriteElementString("name", Atom, "Divergence");
            x.WriteEndElement();
            foreach (var (id, key, data, at) in entries)
            {
                var alert = Compose(id, key, data, at, publicUrl);
                if (alert is null) continue;
                x.WriteStartElement("entry", Atom);
                x.WriteElementString("id", Atom, $"urn:divergence:event:{id}");
                x.WriteElementString("title", Atom, AlertFormats.Subject(alert)["[Divergence] ".Length..]);
                x.WriteElementString("updated", Atom, XmlConvert.ToString(at.UtcDateTime, XmlDateTimeSerializationMode.Utc));
                x.WriteStartElement("link", Atom);
                x.WriteAttributeString("rel", "alternate");
                x.WriteAttributeString("href", alert.Report);
                x.WriteEndElement();
                if (alert.Topic is { } t)
                {
                    x.WriteStartElement("category", Atom);
                    x.WriteAttributeString("term", t);
                    x.WriteEndElement();
                }
                x.WriteStartElement("content", Atom);
                x.WriteAttributeString("type", "text");
                x.WriteString(AlertFormats.Text(alert));
                x.WriteEndElement();
                x.WriteEndElement();
            }
            x.WriteEndElement();
        }
        // StringBuilder output declares utf-16; the response is UTF-8.
        return output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"");
    }

    static Alert? Compose(Guid id, string key, string data, DateTimeOffset at, string publicUrl)
    {
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        using var doc = JsonDocument.Parse(data);
        object? payload = doc.RootElement.TryGetProperty("omission", out _)
            ? doc.RootElement.Deserialize<Engagements.OmissionOpened>(web)
            : doc.RootElement.Deserialize<Engagements.FramingOpened>(web);
        return payload is null ? null : AlertComposer.Compose(new JasperFx.Events.Event<object>(payload) { Id = id, StreamKey = key, Timestamp = at }, null, publicUrl);
    }
}
