namespace Divergence.Cli.Commands;

/// <summary>The body of POST /api/alerts/subscriptions, from `subscriptions create` options.</summary>
static class SubscriptionRequest
{
    public static object From(CommandLine cl)
    {
        cl.RejectUnknown("server", "json", "name", "webhook", "format", "secret", "email", "mode", "issuers", "topics",
            "country-pairs", "kinds", "min-confidence");
        var webhook = cl.Optional("webhook", "");
        var email = cl.Optional("email", "");
        if (webhook.Length > 0 == email.Length > 0) throw new UsageException("subscriptions create needs exactly one of --webhook URL or --email ADDRESS");
        return new
        {
            name = cl.Required("name"),
            filter = new
            {
                issuers = List(cl, "issuers"), topics = List(cl, "topics"), countryPairs = List(cl, "country-pairs"),
                kinds = List(cl, "kinds"),
                minConfidence = cl.Options.ContainsKey("min-confidence") ? cl.Number("min-confidence", 0, 0, 1) : (double?)null,
            },
            webhook = webhook.Length > 0
                ? new { url = webhook, format = Nullable(cl, "format"), secret = Nullable(cl, "secret") }
                : null,
            email = email.Length > 0 ? new { to = email, mode = Nullable(cl, "mode") } : null,
        };
    }

    static string[]? List(CommandLine cl, string option) =>
        cl.Optional(option, "") is { Length: > 0 } v ? v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null;

    static string? Nullable(CommandLine cl, string option) => cl.Optional(option, "") is { Length: > 0 } v ? v : null;
}
