namespace Divergence.Server.Tests.Alerts;

/// <summary>1,000 divergences to 20 subscribers: 20,000 deliveries, none lost, none twice.</summary>
public sealed class AlertsFanOutTests(AlertsFixture server) : IClassFixture<AlertsFixture>
{
    [Fact]
    public async Task A_thousand_divergences_fan_out_to_twenty_subscribers_exactly_once()
    {
        await using var receiver = new AlertReceiver();
        await receiver.Start();
        for (var i = 0; i < 20; i++) await server.Host.Subscribe(receiver, $"s{i:D2}");

        await Divergences.Append(server.Store, engagements: 50, perEngagement: 20, prefix: "fan");

        await AlertReceiver.Until(() => receiver.Counts.Count >= 20_000, seconds: 150);
        receiver.Counts.Count.ShouldBe(20_000);
        receiver.All.Count.ShouldBe(20_000);               // every delivery a distinct alert: no duplicates
        receiver.All.ShouldAllBe(r => r.SignatureValid);
        for (var i = 0; i < 20; i++) receiver.All.Count(r => r.Path == $"s{i:D2}").ShouldBe(1000);
    }
}
