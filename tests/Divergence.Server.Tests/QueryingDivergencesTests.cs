using System.Text.Json;
using Alba;

namespace Divergence.Server.Tests;

/// <summary>A journalist's questions across engagements.</summary>
public class QueryingDivergencesTests(ServerFixture app) : IClassFixture<ServerFixture>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        foreach (var statement in new[] { Samples.UsReadout(), Samples.KoreanRelease() })
            await app.Host.Scenario(s => { s.Post.Json(statement).ToUrl("/api/statements"); s.StatusCodeShouldBe(201); });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Engagements_are_listed_with_issuers_and_counts()
    {
        var page = await Get("/api/engagements");
        page.GetProperty("total").GetInt64().ShouldBe(1);
        var item = page.GetProperty("items")[0];
        item.GetProperty("key").GetString().ShouldBe(Samples.Engagement);
        item.GetProperty("issuers").EnumerateArray().Select(i => i.GetString()).ShouldBe(["KR-MOFA", "US-DOS"]);
        item.GetProperty("omissions").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task What_Seoul_left_out()
    {
        var page = await Get("/api/divergences?omittedBy=KR-MOFA&kind=omission");
        var topics = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("topic").GetString()).ToList();
        topics.ShouldContain("taiwan-strait");
        page.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("statedBy").GetString() == "US-DOS");
    }

    [Fact]
    public async Task Filters_by_topic_and_date()
    {
        // A divergence dates from when the later of the two releases was out: 1 Aug 2025, 01:00 UTC here.
        (await Get("/api/divergences?topic=taiwan-strait&to=2025-07-31")).GetProperty("total").GetInt64().ShouldBe(0);
        (await Get("/api/divergences?topic=taiwan-strait&from=2025-07-31&to=2025-08-01")).GetProperty("total").GetInt64().ShouldBe(1);
        (await Get("/api/divergences?topic=taiwan-strait&from=2025-08-02")).GetProperty("total").GetInt64().ShouldBe(0);
        (await Get("/api/divergences?statedBy=KR-MOFA&topic=taiwan-strait")).GetProperty("total").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task Framing_differences_are_queryable_by_either_issuer()
    {
        var page = await Get("/api/divergences?kind=framing&issuer=KR-MOFA");
        page.GetProperty("items").EnumerateArray().ShouldContain(i => i.GetProperty("topic").GetString() == "denuclearization");
    }

    [Fact]
    public async Task Paging_is_stable()
    {
        var all = (await Get("/api/divergences?pageSize=500")).GetProperty("items").EnumerateArray().Select(i => i.GetRawText()).ToList();
        var first = (await Get("/api/divergences?pageSize=2&page=1")).GetProperty("items").EnumerateArray().Select(i => i.GetRawText());
        var second = (await Get("/api/divergences?pageSize=2&page=2")).GetProperty("items").EnumerateArray().Select(i => i.GetRawText());
        first.Concat(second).ShouldBe(all.Take(4));
    }

    async Task<JsonElement> Get(string url)
    {
        var result = await app.Host.Scenario(s => { s.Get.Url(url); s.StatusCodeShouldBe(200); });
        return JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.Clone();
    }
}
