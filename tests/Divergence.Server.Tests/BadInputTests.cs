using Alba;
using Divergence.Server.Engagements;
using Marten;

namespace Divergence.Server.Tests;

/// <summary>Every bad request is answered with problem+json, never a 500, and changes nothing.</summary>
public class BadInputTests(ServerFixture app) : IClassFixture<ServerFixture>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Malformed_json_is_400() => await Rejected(s => s.Post.Text("{\"engagement\": ").ToUrl("/api/statements")
        .ContentType("application/json"), 400);

    [Theory]
    [InlineData("/api/statements")]
    [InlineData("/api/alerts/subscriptions")]
    [InlineData("/api/reanalysis")]
    [InlineData("/api/engagements/2025-07-31-rubio-cho/statements/0198e5a0-0000-7000-8000-000000000000/revisions")]
    [InlineData("/api/engagements/2025-07-31-rubio-cho/statements/0198e5a0-0000-7000-8000-000000000000/withdrawal")]
    public async Task A_json_null_body_is_400(string url)
    {
        var result = await Rejected(s => s.Post.Text("null").ToUrl(url).ContentType("application/json"), 400);
        (await result.ReadAsTextAsync()).ShouldContain("\"body\"");
    }

    [Fact]
    public async Task Missing_fields_are_400_naming_each_field()
    {
        var result = await Rejected(s => s.Post.Json(new { engagement = Samples.Engagement }).ToUrl("/api/statements"), 400);
        var body = await result.ReadAsTextAsync();
        foreach (var field in new[] { "issuer", "issuerName", "language", "publishedAt", "title", "sourceUrl", "text" })
            body.ShouldContain($"\"{field}\"");
    }

    [Fact]
    public async Task Empty_text_is_400() =>
        await Rejected(s => s.Post.Json(Samples.UsReadout() with { Text = "   \n " }).ToUrl("/api/statements"), 400);

    [Fact]
    public async Task Text_over_one_megabyte_is_413() =>
        await Rejected(s => s.Post.Json(Samples.UsReadout() with { Text = new string('a', 1_000_001) }).ToUrl("/api/statements"), 413);

    [Fact]
    public async Task Publication_far_in_the_future_is_400() =>
        await Rejected(s => s.Post.Json(Samples.UsReadout() with { PublishedAt = DateTimeOffset.UtcNow.AddYears(3) })
            .ToUrl("/api/statements"), 400);

    [Theory]
    [InlineData("ftp://example.org/x")]
    [InlineData("not a url")]
    public async Task Source_url_must_be_http(string url) =>
        await Rejected(s => s.Post.Json(Samples.UsReadout() with { SourceUrl = url }).ToUrl("/api/statements"), 400);

    [Theory]
    [InlineData("Bad Key")]
    [InlineData("x")]
    [InlineData("'; drop table mt_events; --")]
    public async Task Unreadable_engagement_keys_are_400(string key) =>
        await Rejected(s => s.Post.Json(Samples.UsReadout() with { Engagement = key }).ToUrl("/api/statements"), 400);

    [Fact]
    public async Task Unknown_engagement_report_is_404() =>
        await Rejected(s => s.Get.Url("/api/engagements/2030-01-01-nobody-met/report"), 404);

    [Theory]
    [InlineData("/api/divergences?from=yesterday")]
    [InlineData("/api/divergences?kind=gossip")]
    [InlineData("/api/divergences?pageSize=100000")]
    [InlineData("/api/divergences?minConfidence=7")]
    [InlineData("/api/engagements?page=0")]
    [InlineData("/api/divergences?page=2147483647")]
    [InlineData("/api/divergences?to=9999-12-31")]
    [InlineData("/api/engagements/2025-07-31-rubio-cho/report?asOf=0001-01-01T00:00:00Z")]
    [InlineData("/api/statistics/issuer-pairs?asOf=0001-01-01")]
    public async Task Bad_query_parameters_are_400(string url) => await Rejected(s => s.Get.Url(url), 400);

    [Fact]
    public async Task Non_numeric_query_parameter_is_400() => await Rejected(s => s.Get.Url("/api/engagements?page=abc"), 400);

    async Task<IScenarioResult> Rejected(Action<Scenario> request, int status)
    {
        var result = await app.Host.Scenario(s =>
        {
            request(s);
            s.StatusCodeShouldBe(status);
            s.ContentTypeShouldBe("application/problem+json");
        });
        (await result.ReadAsTextAsync()).ShouldNotContain("   at ");
        await using var session = app.Store.QuerySession();
        (await session.Query<EngagementReport>().CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
        (await session.Events.QueryAllRawEvents().CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
        return result;
    }
}
