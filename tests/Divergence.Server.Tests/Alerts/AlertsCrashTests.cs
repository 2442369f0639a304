using System.Net.Http.Json;
using System.Text.Json;

namespace Divergence.Server.Tests.Alerts;

/// <summary>What the alert tests need of a server process: loopback webhooks and a short retry budget.</summary>
static class AlertsServerSettings
{
    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["Divergence__Alerts__AllowLoopbackWebhooks"] = "true",
        ["Divergence__Alerts__RetrySeconds"] = string.Join(',', Enumerable.Repeat(1, 30)),
    };
}

/// <summary>The server is SIGKILLed after the divergence is recorded but before its alerts are delivered.</summary>
public sealed class AlertsCrashTests
{
    [Fact]
    public async Task Alerts_pending_when_the_server_is_killed_are_delivered_after_restart_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new ServerProcess { Settings = AlertsServerSettings.Settings };
        await using var receiver = new AlertReceiver();
        await server.Start();
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        var created = await (await http.PostAsJsonAsync("/api/alerts/subscriptions",
            new { name = "crash", webhook = new { url = receiver.Url("crash") } }, ct)).Content.ReadFromJsonAsync<JsonElement>(ct);
        receiver.Secrets["crash"] = created.GetProperty("secret").GetString()!;
        var id = created.GetProperty("subscription").GetProperty("id").GetGuid();

        const string key = "crash-2025-07-31";
        foreach (var statement in new[] { Samples.UsReadout() with { Engagement = key }, Samples.KoreanRelease() with { Engagement = key } })
            (await http.PostAsJsonAsync("/api/statements", statement, ct)).EnsureSuccessStatusCode();
        var report = await http.GetFromJsonAsync<JsonElement>($"/api/engagements/{key}/report", ct);
        var expected = report.GetProperty("omissions").GetArrayLength() + report.GetProperty("framing").GetArrayLength();

        // The receiver is down: wait until the alerts are in the durable outbox (attempts failing), then kill -9.
        await AlertReceiver.Until(async () => (await http.GetFromJsonAsync<JsonElement>($"/api/alerts/subscriptions/{id}", ct))
            .GetProperty("delivery").GetProperty("recentFailures").GetArrayLength() > 0);
        await server.Kill();
        receiver.Counts.ShouldBeEmpty();

        await receiver.Start();
        await server.Start();
        await AlertReceiver.Until(() => receiver.Counts.Count == expected, 90);
        await AlertReceiver.Until(async () => (await http.GetFromJsonAsync<JsonElement>($"/api/alerts/subscriptions/{id}", ct))
            .GetProperty("delivery").GetProperty("delivered").GetInt32() == expected);
        receiver.Counts.Values.ShouldAllBe(n => n == 1);
        receiver.All.ShouldAllBe(r => r.SignatureValid);
    }

    [Fact]
    public async Task Divergences_recorded_just_before_a_kill_are_fanned_out_after_restart()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new ServerProcess { Settings = AlertsServerSettings.Settings };
        await using var receiver = new AlertReceiver();
        await receiver.Start();
        await server.Start();
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var created = await (await http.PostAsJsonAsync("/api/alerts/subscriptions",
            new { name = "fast", webhook = new { url = receiver.Url("fast") } }, ct)).Content.ReadFromJsonAsync<JsonElement>(ct);
        receiver.Secrets["fast"] = created.GetProperty("secret").GetString()!;

        const string key = "crash-fast";
        foreach (var statement in new[] { Samples.UsReadout() with { Engagement = key }, Samples.KoreanRelease() with { Engagement = key } })
            (await http.PostAsJsonAsync("/api/statements", statement, ct)).EnsureSuccessStatusCode();
        await server.Kill(); // immediately: the fan-out may or may not have run

        await server.Start();
        var after = await http.GetFromJsonAsync<JsonElement>($"/api/engagements/{key}/report", ct);
        var expected = after.GetProperty("omissions").GetArrayLength() + after.GetProperty("framing").GetArrayLength();
        await AlertReceiver.Until(() => receiver.Counts.Count == expected, 90);
        receiver.Counts.Values.ShouldAllBe(n => n == 1);
    }
}
