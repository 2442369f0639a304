using System.Text.Json;
using Alba;
using Divergence.Server.Engagements;
using JasperFx.Events.Daemon;
using Marten;

namespace Divergence.Server.Tests.Alerts;

/// <summary>Given subscribers and a real receiver on 127.0.0.1, when statements diverge, then the alerts arrive.</summary>
public sealed class AlertsDeliveryTests(AlertsFixture server) : IClassFixture<AlertsFixture>
{
    static string Key() => "alerts-" + Guid.NewGuid().ToString("N")[..10];

    async Task<int> RecordSeedPair(string key)
    {
        await server.Host.Record(Samples.UsReadout() with { Engagement = key });
        await server.Host.Record(Samples.KoreanRelease() with { Engagement = key });
        var report = await server.Host.GetJson($"/api/engagements/{key}/report");
        return report.GetProperty("omissions").GetArrayLength() + report.GetProperty("framing").GetArrayLength();
    }

    [Fact]
    public async Task A_new_divergence_alerts_each_matching_subscriber_once_signed_with_evidence_and_a_link()
    {
        await using var receiver = new AlertReceiver();
        await receiver.Start();
        var (all, _) = await server.Host.Subscribe(receiver, "all");
        await server.Host.Subscribe(receiver, "slack", format: "slack");
        await server.Host.Subscribe(receiver, "taiwan", new { topics = new[] { "taiwan-strait" }, kinds = new[] { "omission" }, countryPairs = new[] { "KR-US" } });
        await server.Host.Subscribe(receiver, "japan", new { issuers = new[] { "JP-MOFA" } });
        var (forged, _) = await server.Host.Subscribe(receiver, "forged");
        receiver.Secrets["forged"] = "not-the-secret-we-were-given"; // the receiver must refuse these

        var key = Key();
        var expected = await RecordSeedPair(key);
        expected.ShouldBeGreaterThan(0);

        await AlertReceiver.Until(() => receiver.Bodies("all").Count == expected && receiver.Bodies("slack").Count == expected
                                        && receiver.Bodies("taiwan").Count == 1);
        receiver.All.ShouldAllBe(r => r.SignatureValid);
        receiver.Counts.Values.ShouldAllBe(n => n == 1);

        var taiwan = receiver.Bodies("taiwan").Single();
        var alert = taiwan.GetProperty("alert");
        alert.GetProperty("kind").GetString().ShouldBe("omission");
        alert.GetProperty("engagement").GetString().ShouldBe(key);
        alert.GetProperty("issuers").EnumerateArray().Select(i => i.GetString()).ShouldBe(["US-DOS", "KR-MOFA"]);
        alert.GetProperty("stated").GetProperty("text").GetString()!.ShouldContain("Taiwan");
        alert.GetProperty("other").GetProperty("role").GetString().ShouldBe("omitted");
        alert.GetProperty("report").GetString().ShouldEndWith($"/api/engagements/{key}/report");
        receiver.Bodies("slack")[0].GetProperty("text").GetString()!.ShouldContain("Report: ");
        receiver.Bodies("japan").ShouldBeEmpty();

        // The receiver has every body before the server has recorded the last 2xx: wait for the count, then check it.
        await AlertReceiver.Until(async () => (await server.Host.Subscription(all)).GetProperty("delivery")
            .GetProperty("delivered").GetInt32() >= expected);
        var state = await server.Host.Subscription(all);
        state.GetProperty("delivery").GetProperty("delivered").GetInt32().ShouldBe(expected);
        state.GetProperty("delivery").GetProperty("lastSuccessAt").ValueKind.ShouldBe(JsonValueKind.String);
        state.TryGetProperty("secret", out _).ShouldBeFalse();
        await AlertReceiver.Until(async () => (await server.Host.Subscription(forged)).GetProperty("delivery")
            .GetProperty("recentFailures").GetArrayLength() > 0);
        (await server.Host.Subscription(forged)).GetProperty("delivery").GetProperty("recentFailures")[0]
            .GetProperty("error").GetString()!.ShouldContain("401");
        await DeleteAll();
    }

    [Fact]
    public async Task Receiver_down_for_a_while_then_back_gets_every_alert_once()
    {
        await using var receiver = new AlertReceiver();
        var (id, _) = await server.Host.Subscribe(receiver, "flaky");
        var expected = await RecordSeedPair(Key());

        await AlertReceiver.Until(async () => (await server.Host.Subscription(id)).GetProperty("delivery")
            .GetProperty("recentFailures").GetArrayLength() > 0);
        await receiver.Start();

        await AlertReceiver.Until(() => receiver.Counts.Count == expected);
        await AlertReceiver.Until(async () => (await server.Host.Subscription(id)).GetProperty("delivery").GetProperty("delivered").GetInt32() == expected);
        receiver.Counts.Values.ShouldAllBe(n => n == 1);
        await DeleteAll();
    }

    [Fact]
    public async Task After_the_retry_budget_alerts_are_dead_letters_an_operator_can_replay()
    {
        await using var receiver = new AlertReceiver();
        var (id, _) = await server.Host.Subscribe(receiver, "gone");
        var expected = await RecordSeedPair(Key());

        await AlertReceiver.Until(async () => (await server.Host.GetJson($"/api/alerts/dead-letters?subscription={id}")).GetArrayLength() == expected, 90);
        (await server.Host.Subscription(id)).GetProperty("delivery").GetProperty("deadLettered").GetInt32().ShouldBe(expected);

        await receiver.Start();
        var replayed = await server.Host.Scenario(s =>
        {
            s.Post.Url("/api/alerts/dead-letters/replay").QueryString("subscription", id.ToString());
            s.StatusCodeShouldBe(200);
        });
        JsonDocument.Parse(await replayed.ReadAsTextAsync()).RootElement.GetProperty("count").GetInt32().ShouldBe(expected);

        await AlertReceiver.Until(() => receiver.Counts.Count == expected);
        await AlertReceiver.Until(async () => (await server.Host.GetJson($"/api/alerts/dead-letters?subscription={id}")).GetArrayLength() == 0);
        receiver.Counts.Values.ShouldAllBe(n => n == 1);
        await DeleteAll();
    }

    [Fact]
    public async Task Reanalysis_and_projection_rebuild_alert_nothing_again_but_revisions_and_withdrawals_alert()
    {
        await using var receiver = new AlertReceiver();
        await receiver.Start();
        await server.Host.Subscribe(receiver, "all");
        await server.Host.Subscribe(receiver, "changes", new { kinds = new[] { "revision", "withdrawal" } });
        var key = Key();
        var expected = await RecordSeedPair(key);
        await AlertReceiver.Until(() => receiver.Bodies("all").Count == expected);

        await server.Host.PostJson("/api/reanalysis", new { engagement = key }, 200);
        using (var daemon = await server.Store.BuildProjectionDaemonAsync())
            await daemon.RebuildProjectionAsync<EngagementReportProjection>(TestContext.Current.CancellationToken);

        // A withdrawal afterwards: it alerts once, and since the fan-out keeps event order, any duplicate of the
        // earlier alerts would have arrived before it.
        var korean = (await server.Host.GetJson($"/api/engagements/{key}/report")).GetProperty("statements").EnumerateArray()
            .First(s => s.GetProperty("issuer").GetString() == "KR-MOFA").GetProperty("id").GetGuid();
        await server.Host.PostJson($"/api/engagements/{key}/statements/{korean}/withdrawal",
            new { withdrawnAt = DateTimeOffset.Parse("2025-08-02T00:00:00Z"), reason = "taken down" }, 200);
        await AlertReceiver.Until(() => receiver.Bodies("changes").Count == 1);
        await AlertReceiver.Until(() => receiver.Bodies("all").Count == expected + 1);

        receiver.Bodies("changes")[0].GetProperty("alert").GetProperty("kind").GetString().ShouldBe("withdrawal");
        receiver.Bodies("changes")[0].GetProperty("alert").GetProperty("issuers")[0].GetString().ShouldBe("KR-MOFA");
        receiver.Counts.Values.ShouldAllBe(n => n == 1);
        await DeleteAll();
    }

    [Fact]
    public async Task Paused_subscriptions_hear_nothing_until_resumed()
    {
        await using var receiver = new AlertReceiver();
        await receiver.Start();
        var (paused, _) = await server.Host.Subscribe(receiver, "paused");
        await server.Host.Subscribe(receiver, "witness");
        (await server.Host.PostJson($"/api/alerts/subscriptions/{paused}/pause", new { }, 200)).GetProperty("paused").GetBoolean().ShouldBeTrue();
        var expected = await RecordSeedPair(Key());
        await AlertReceiver.Until(() => receiver.Bodies("witness").Count == expected);
        receiver.Bodies("paused").ShouldBeEmpty();

        await server.Host.PostJson($"/api/alerts/subscriptions/{paused}/resume", new { }, 200);
        var more = await RecordSeedPair(Key());
        await AlertReceiver.Until(() => receiver.Bodies("paused").Count == more);
        await DeleteAll();
    }

    async Task DeleteAll()
    {
        foreach (var s in (await server.Host.GetJson("/api/alerts/subscriptions")).EnumerateArray())
            await server.Host.Scenario(x => { x.Delete.Url($"/api/alerts/subscriptions/{s.GetProperty("id").GetGuid()}"); x.StatusCodeShouldBe(204); });
    }
}
