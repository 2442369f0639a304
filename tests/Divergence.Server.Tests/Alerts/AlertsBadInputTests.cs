using Alba;

namespace Divergence.Server.Tests.Alerts;

/// <summary>Webhooks must not reach into our own network; every bad request is a 400 problem+json and stores nothing.</summary>
public sealed class AlertsBadInputTests(NoLoopbackFixture server) : IClassFixture<NoLoopbackFixture>
{
    [Theory]
    [InlineData("ftp://example.org/hook")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[fe80::1]/hook")]
    [InlineData("http://10.1.2.3/hook")]
    [InlineData("http://172.16.0.5/hook")]
    [InlineData("http://192.168.1.1/hook")]
    [InlineData("http://127.0.0.1:8080/hook")]
    [InlineData("http://[::1]/hook")]
    [InlineData("http://localhost/hook")]
    [InlineData("http://0.0.0.0/hook")]
    [InlineData("https://user:secret@127.0.0.1/hook")]
    [InlineData("https://user:secret@example.org/hook")]
    public async Task Webhooks_into_our_network_or_with_credentials_are_refused(string url)
    {
        var result = await server.Host.Scenario(s =>
        {
            s.Post.Json(new { webhook = new { url } }).ToUrl("/api/alerts/subscriptions");
            s.StatusCodeShouldBe(400);
            s.ContentTypeShouldBe("application/problem+json");
        });
        (await result.ReadAsTextAsync()).ShouldContain("webhook.url");
        (await server.Host.GetJson("/api/alerts/subscriptions")).GetArrayLength().ShouldBe(0);
    }

    public static TheoryData<string> BadBodies => new()
    {
        """{"name":"no destination"}""",
        """{"webhook":{"url":"https://example.org/h"},"email":{"to":"a@example.org"}}""",
        """{"webhook":{"url":"https://example.org/h","format":"xml"}}""",
        """{"webhook":{"url":"https://example.org/h","secret":"short"}}""",
        """{"email":{"to":"not an address"}}""",
        """{"email":{"to":"a@example.org","mode":"hourly"}}""",
        """{"email":{"to":"a@example.org"},"filter":{"kinds":["rumour"]}}""",
        """{"email":{"to":"a@example.org"},"filter":{"minConfidence":1.5}}""",
        """{"email":{"to":"a@example.org"},"filter":{"countryPairs":["USA KOREA"]}}""",
        """{"email":{"to":"a@example.org"},"filter":{"issuers":["<script>"]}}""",
        """{"webhook":""",
        """{"webhook":{"url":42}}""",
    };

    [Theory, MemberData(nameof(BadBodies))]
    public async Task Malformed_subscriptions_are_problems(string body)
    {
        await server.Host.Scenario(s =>
        {
            s.Post.Text(body).ToUrl("/api/alerts/subscriptions");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(400);
            s.ContentTypeShouldBe("application/problem+json");
        });
    }

    [Fact]
    public async Task Unknown_subscriptions_and_dead_letters_are_404()
    {
        var id = Guid.NewGuid();
        foreach (var (method, url) in new[] { ("GET", $"/api/alerts/subscriptions/{id}"), ("POST", $"/api/alerts/subscriptions/{id}/pause"),
                     ("DELETE", $"/api/alerts/subscriptions/{id}"), ("POST", "/api/alerts/dead-letters/nope/replay") })
            await server.Host.Scenario(s =>
            {
                if (method == "GET") s.Get.Url(url);
                else if (method == "DELETE") s.Delete.Url(url);
                else s.Post.Url(url);
                s.StatusCodeShouldBe(404);
            });
    }
}
