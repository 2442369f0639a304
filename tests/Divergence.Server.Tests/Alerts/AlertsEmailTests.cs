namespace Divergence.Server.Tests.Alerts;

/// <summary>Journalists live in their inbox: one message per alert, or a digest, through a real SMTP server on loopback.</summary>
public sealed class AlertsEmailTests(AlertsFixture server) : IClassFixture<AlertsFixture>
{
    [Fact]
    public async Task Each_alert_is_one_email_and_a_digest_gathers_them_once()
    {
        using var smtp = new SmtpReceiver(server.SmtpPort);
        var each = await server.Host.PostJson("/api/alerts/subscriptions",
            new { name = "desk", email = new { to = "desk@example.org" } }, 201);
        await server.Host.PostJson("/api/alerts/subscriptions",
            new { name = "morning", email = new { to = "morning@example.org", mode = "digest" } }, 201);

        await Divergences.Append(server.Store, 1, 2, "mail");

        await AlertReceiver.Until(() => smtp.Messages.Count(m => m.To.ToString().Contains("desk@")) == 2);
        var one = smtp.Messages.First();
        one.Subject!.ShouldContain("KR-MOFA omitted what US-DOS stated");
        one.TextBody!.ShouldContain("Both stressed peace and stability across the Taiwan Strait");
        one.TextBody!.ShouldContain("/api/engagements/mail-0000/report");
        one.Headers["X-Divergence-Alert-Id"].ShouldNotBeNullOrEmpty();
        smtp.Messages.Select(m => m.Headers["X-Divergence-Alert-Id"]).Distinct().Count().ShouldBe(2);

        var morning = await server.Host.GetJson("/api/alerts/subscriptions");
        morning.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "morning")
            .GetProperty("delivery").GetProperty("pending").GetInt32().ShouldBe(2);
        var sent = await server.Host.PostJson("/api/alerts/digests/send", new { }, 200);
        sent.GetProperty("alerts").GetInt32().ShouldBe(2, (await server.Host.GetJson("/api/alerts/subscriptions")).GetRawText());
        var digest = smtp.Messages.Single(m => m.To.ToString().Contains("morning@"));
        digest.Subject!.ShouldContain("2 new divergence(s)");
        (await server.Host.PostJson("/api/alerts/digests/send", new { }, 200)).GetProperty("alerts").GetInt32().ShouldBe(0);
        each.GetProperty("subscription").GetProperty("email").GetProperty("mode").GetString().ShouldBe("each");
    }
}
