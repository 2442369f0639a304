namespace Divergence.Server.Alerts;

/// <summary>
/// Who wants to hear about which new divergences, and where to send them. A Marten document, not a stream:
/// a subscription is its owner's configuration (edited, paused, deleted), not a fact that reports are derived
/// from; the alerts it yields are derived from the engagement events, and their deliveries are recorded per alert.
/// </summary>
public sealed class AlertSubscription
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public AlertFilter Filter { get; set; } = new([], [], [], [], 0);
    public WebhookDestination? Webhook { get; set; }
    public EmailDestination? Email { get; set; }
    public string Secret { get; set; } = "";
    public bool Paused { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public bool IsDigest => Email is { Mode: EmailDestination.Digest };
}

/// <summary>Empty lists match everything. Country pairs are unordered ("US-KR" == "KR-US"), from issuer code prefixes.</summary>
public sealed record AlertFilter(
    IReadOnlyList<string> Issuers, IReadOnlyList<string> Topics, IReadOnlyList<string> CountryPairs,
    IReadOnlyList<string> Kinds, double MinConfidence)
{
    public static readonly string[] AllKinds = ["omission", "framing", "revision", "withdrawal"];

    public bool Matches(Alert a)
    {
        if (Kinds.Count > 0 && !Kinds.Contains(a.Kind)) return false;
        if (Issuers.Count > 0 && !a.Issuers.Any(Issuers.Contains)) return false;
        if (Topics.Count > 0 && (a.Topic is null || !Topics.Contains(a.Topic))) return false;
        if ((a.Confidence ?? 1.0) < MinConfidence) return false;
        if (CountryPairs.Count == 0) return true;
        var countries = a.Issuers.Select(Country).ToHashSet();
        return CountryPairs.Select(p => p.Split('-')).Any(p => countries.Contains(p[0]) && countries.Contains(p[1]));
    }

    /// <summary>"US-DOS" -> "US": issuer codes start with the country.</summary>
    public static string Country(string issuer) => issuer.Split('-')[0];
}

public sealed record WebhookDestination(string Url, string Format)
{
    public const string Json = "json";
    public const string Slack = "slack";
}

public sealed record EmailDestination(string To, string Mode)
{
    public const string Each = "each";
    public const string Digest = "digest";
}
