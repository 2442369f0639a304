using System.Text;
using System.Text.Json;

namespace Divergence.Server.Alerts;

/// <summary>The bodies a destination receives: generic JSON (the envelope), Slack-compatible text, or email text.</summary>
public static class AlertFormats
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Body(string format, AlertEnvelope envelope) => format == WebhookDestination.Slack
        ? JsonSerializer.Serialize(new { text = Text(envelope.Alert) }, Json)
        : JsonSerializer.Serialize(envelope, Json);

    public static string Subject(Alert a) => a.Kind switch
    {
        "omission" => $"[Divergence] {a.Issuers[1]} omitted what {a.Issuers[0]} stated: {a.Label}",
        "framing" => $"[Divergence] {a.Issuers[0]} and {a.Issuers[1]} framed differently: {a.Label}",
        "revision" => $"[Divergence] {a.Issuers[0]} revised a statement: {a.Label}",
        _ => $"[Divergence] {a.Issuers[0]} withdrew a statement: {a.Label}",
    };

    /// <summary>Plain text for people: what happened, the quoted evidence, and the link to the report.</summary>
    public static string Text(Alert a)
    {
        var text = new StringBuilder(Subject(a)["[Divergence] ".Length..]).Append($" — {a.Engagement}");
        if (a.Confidence is { } c) text.Append($" (confidence {c:0.00})");
        foreach (var side in new[] { a.Stated, a.Other })
            if (side?.Text is { } quote) text.Append($"\n> {side.Issuer}: \"{quote}\"");
        if (a.Note is { Length: > 0 } note) text.Append($"\nNote: {note}");
        return text.Append($"\nReport: {a.Report}").ToString();
    }
}
