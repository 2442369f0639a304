using System.Text.Json;
using Divergence.Server.Engagements;
using Divergence.Server.Patterns;
using Marten;
using Marten.Events;

namespace Divergence.Server.Tests;

/// <summary>Cross-engagement views: topic timelines, issuer-pair statistics, and rebuilding them.</summary>
public class PatternsTests(ServerFixture app) : IClassFixture<ServerFixture>, IAsyncLifetime
{
    static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        // The seed meeting, and a second (invented) call where Seoul did mention the Taiwan Strait.
        await app.Host.Record(Samples.UsReadout());
        await app.Host.Record(Samples.KoreanRelease());
        await app.Host.Record(Samples.UsReadout() with { Engagement = "2025-09-10-us-kr-call", PublishedAt = DateTimeOffset.Parse("2025-09-10T15:00:00Z") });
        await app.Host.Record(Samples.KoreanRelease() with
        {
            Engagement = "2025-09-10-us-kr-call", PublishedAt = DateTimeOffset.Parse("2025-09-11T09:00:00+09:00"),
            Text = Samples.KoreanRelease().Text + "\nThe two Ministers underlined that peace and stability across the Taiwan Strait matter to the region.",
        });
        await Settle();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    async Task Settle()
    {
        await app.Store.WaitForNonStaleProjectionDataAsync(Wait);
    }

    [Fact]
    public async Task The_topic_timeline_shows_who_stated_and_who_omitted_engagement_by_engagement()
    {
        var timeline = await app.Host.GetJson("/api/topics/taiwan-strait/timeline");
        var entries = timeline.GetProperty("entries").EnumerateArray().ToList();
        entries.Select(e => e.GetProperty("engagement").GetString()).ShouldBe([Samples.Engagement, "2025-09-10-us-kr-call"]);
        Issuers(entries[0], "omittedBy").ShouldBe(["KR-MOFA"]);
        Issuers(entries[1], "omittedBy").ShouldBeEmpty();
        Issuers(entries[1], "statedBy").ShouldBe(["KR-MOFA", "US-DOS"]);

        var asOfAugust = await app.Host.GetJson("/api/topics/taiwan-strait/timeline?asOf=2025-08-31");
        asOfAugust.GetProperty("entries").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Issuer_pair_statistics_count_how_often_one_side_omits_what_the_other_states()
    {
        var stats = await app.Host.GetJson("/api/statistics/issuer-pairs?statedBy=US-DOS&omittedBy=KR-MOFA&topic=taiwan-strait");
        var rate = stats.GetProperty("rates").EnumerateArray().Single();
        rate.GetProperty("stated").GetInt32().ShouldBe(2);
        rate.GetProperty("omitted").GetInt32().ShouldBe(1);
        rate.GetProperty("rate").GetDouble().ShouldBe(0.5);
    }

    [Fact]
    public async Task Unknown_topics_and_bad_dates_are_refused()
    {
        await app.Host.GetJson("/api/topics/astrology/timeline", 404);
        await app.Host.GetJson("/api/topics/taiwan-strait/timeline?asOf=soon", 400);
        await app.Host.GetJson("/api/statistics/issuer-pairs?asOf=soon", 400);
    }

    [Fact]
    public async Task A_rebuild_produces_the_same_documents_as_the_live_run()
    {
        var before = await Snapshot();
        var rebuilt = await app.Host.PostJson("/api/admin/projections/rebuild", new { }, 200);
        rebuilt.GetArrayLength().ShouldBe(3);
        await Settle();
        var after = await Snapshot();
        after.Count.ShouldBe(before.Count);
        for (var i = 0; i < before.Count; i++)
            if (after[i] != before[i]) Assert.Fail($"document {i} differs after the rebuild:\nlive:    {Around(before[i], after[i])}\nrebuilt: {Around(after[i], before[i])}");
        before.Count.ShouldBeGreaterThan(4);
    }

    async Task<List<string>> Snapshot()
    {
        await using var session = app.Store.QuerySession();
        var ct = TestContext.Current.CancellationToken;
        var docs = new List<object>();
        docs.AddRange(await session.Query<EngagementReport>().OrderBy(d => d.Id).ToListAsync(ct));
        docs.AddRange(await session.Query<TopicMention>().OrderBy(d => d.Id).ToListAsync(ct));
        docs.AddRange(await session.Query<PairMention>().OrderBy(d => d.Id).ToListAsync(ct));
        return docs.Select(d => JsonSerializer.Serialize(d, d.GetType())).ToList();
    }

    // The neighbourhood of the first difference: whole documents are too long to read in a failure message.
    static string Around(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return a.Substring(Math.Max(0, i - 150), Math.Min(300, a.Length - Math.Max(0, i - 150)));
    }

    static List<string?> Issuers(JsonElement entry, string list) =>
        entry.GetProperty(list).EnumerateArray().Select(i => i.GetString()).Order().ToList();
}
