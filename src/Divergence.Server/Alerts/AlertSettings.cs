using System.Globalization;

namespace Divergence.Server.Alerts;

/// <summary>Divergence:Alerts:* settings. Retry delays are the durable retry budget after Polly's quick retries.</summary>
public sealed record AlertSettings(
    bool AllowLoopbackWebhooks, string PublicUrl, IReadOnlyList<TimeSpan> RetryDelays, int Parallelism,
    string? SmtpHost, int SmtpPort, string MailFrom, int DigestHourUtc, TimeSpan AttemptTimeout)
{
    public static AlertSettings From(IConfiguration config)
    {
        var s = config.GetSection("Divergence:Alerts");
        var delays = (s["RetrySeconds"] ?? "5,30,120,600,1800,3600")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(x => TimeSpan.FromSeconds(double.Parse(x, CultureInfo.InvariantCulture))).ToArray();
        return new AlertSettings(
            s.GetValue("AllowLoopbackWebhooks", false),
            s["PublicUrl"] ?? config["Divergence:PublicUrl"] ?? "http://127.0.0.1:5080",
            delays,
            s.GetValue("Parallelism", 16),
            s["Smtp:Host"],
            s.GetValue("Smtp:Port", 25),
            s["Smtp:From"] ?? "alerts@divergence.invalid",
            s.GetValue("DigestHourUtc", 7),
            TimeSpan.FromSeconds(s.GetValue("AttemptTimeoutSeconds", 10.0)));
    }
}
