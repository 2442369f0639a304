using System.Text.Json;
using Divergence.Server.Engagements;
using Marten;

namespace Divergence.Server.Tests;

/// <summary>Silent edits, withdrawals and the two time axes.</summary>
public class HistoryTests(ServerFixture app) : IClassFixture<ServerFixture>, IAsyncLifetime
{
    const string Report = $"/api/engagements/{Samples.Engagement}/report";
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    async Task<(Guid Us, Guid Kr)> RecordBoth()
    {
        var us = await app.Host.Record(Samples.UsReadout());
        var kr = await app.Host.Record(Samples.KoreanRelease());
        return (us.StatementId, kr.StatementId);
    }

    [Fact]
    public async Task A_revision_that_adds_the_Taiwan_language_closes_the_omission_with_the_revision_as_cause()
    {
        var (_, kr) = await RecordBoth();
        (await app.Host.GetJson(Report)).Topics("KR-MOFA").ShouldContain("taiwan-strait");

        var revised = Samples.KoreanRelease().Text + "\nThe two Ministers also emphasized the importance of peace and stability across the Taiwan Strait.";
        await app.Host.PostJson($"/api/engagements/{Samples.Engagement}/statements/{kr}/revisions",
            new { text = revised, revisedAt = "2025-08-02T03:00:00Z", note = "paragraph added" }, 201);

        var report = await app.Host.GetJson(Report);
        report.Topics("KR-MOFA").ShouldNotContain("taiwan-strait");
        var closed = report.GetProperty("changes").EnumerateArray()
            .Single(c => c.GetProperty("change").GetString() == "closed" && c.GetProperty("topic").GetString() == "taiwan-strait");
        closed.GetProperty("reason").GetString().ShouldBe("revised");
        closed.GetProperty("statementId").GetGuid().ShouldBe(kr);

        // before the revision was out, the omission stood
        (await app.Host.GetJson($"{Report}?asOf=2025-08-01")).Topics("KR-MOFA").ShouldContain("taiwan-strait");
    }

    [Fact]
    public async Task The_history_lists_every_version_with_a_sentence_diff()
    {
        var (_, kr) = await RecordBoth();
        var revised = Samples.KoreanRelease().Text!.Replace("The two sides exchanged views on regional and global issues.", "") +
                      "\nThe Ministers agreed to meet again in Seoul.";
        await app.Host.PostJson($"/api/engagements/{Samples.Engagement}/statements/{kr}/revisions",
            new { text = revised, revisedAt = "2025-08-03T00:00:00Z" }, 201);
        // the same wording again is not a new version
        await app.Host.PostJson($"/api/engagements/{Samples.Engagement}/statements/{kr}/revisions",
            new { text = revised, revisedAt = "2025-08-04T00:00:00Z" }, 200);

        var history = await app.Host.GetJson($"/api/engagements/{Samples.Engagement}/statements/{kr}/history");
        var versions = history.GetProperty("versions").EnumerateArray().ToList();
        versions.Count.ShouldBe(2);
        var diff = versions[1].GetProperty("diff").EnumerateArray().Select(d => (d.GetProperty("op").GetString(), d.GetProperty("text").GetString())).ToList();
        diff.ShouldContain(("added", "The Ministers agreed to meet again in Seoul."));
        diff.ShouldContain(("removed", "The two sides exchanged views on regional and global issues."));
        versions[1].GetProperty("analyses").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_withdrawn_statement_stops_counting_but_its_history_stays()
    {
        var (us, _) = await RecordBoth();
        await app.Host.PostJson($"/api/engagements/{Samples.Engagement}/statements/{us}/withdrawal",
            new { withdrawnAt = "2025-08-05T00:00:00Z", reason = "page removed" }, 200);

        var report = await app.Host.GetJson(Report);
        report.GetProperty("omissions").GetArrayLength().ShouldBe(0);
        report.GetProperty("issuers").EnumerateArray().Select(i => i.GetString()).ShouldBe(["KR-MOFA"]);
        report.GetProperty("changes").EnumerateArray().ShouldContain(c => c.GetProperty("reason").GetString() == "withdrawn");

        // as of before the withdrawal, it still counted
        (await app.Host.GetJson($"{Report}?asOf=2025-08-04")).Topics("KR-MOFA").ShouldContain("taiwan-strait");
        var history = await app.Host.GetJson($"/api/engagements/{Samples.Engagement}/statements/{us}/history");
        history.GetProperty("withdrawal").GetProperty("reason").GetString().ShouldBe("page removed");
        history.GetProperty("versions").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task As_of_a_publication_date_before_the_second_release_there_is_nothing_to_compare()
    {
        await RecordBoth();
        var before = await app.Host.GetJson($"{Report}?asOf=2025-07-31T21:00:00Z");
        before.GetProperty("statements").GetArrayLength().ShouldBe(1);
        before.GetProperty("omissions").GetArrayLength().ShouldBe(0);

        var beforeAny = await app.Host.GetJson($"{Report}?asOf=2025-01-01");
        beforeAny.GetProperty("statements").GetArrayLength().ShouldBe(0);
        beforeAny.GetProperty("omissions").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task As_of_now_equals_the_live_report()
    {
        await RecordBoth();
        var live = await app.Host.GetJson(Report);
        var replayed = await app.Host.GetJson($"{Report}?asOf=2030-01-01");
        Ids(replayed, "omissions").ShouldBe(Ids(live, "omissions"));
        Ids(replayed, "framing").ShouldBe(Ids(live, "framing"));
    }

    [Fact]
    public async Task Known_at_answers_from_the_recording_time_axis()
    {
        await app.Host.Record(Samples.UsReadout());
        var between = DateTimeOffset.UtcNow;
        await Task.Delay(50, TestContext.Current.CancellationToken);
        await app.Host.Record(Samples.KoreanRelease());

        var then = await app.Host.GetJson($"{Report}?knownAt={Uri.EscapeDataString(between.ToString("O"))}");
        then.GetProperty("statements").GetArrayLength().ShouldBe(1);
        then.GetProperty("omissions").GetArrayLength().ShouldBe(0);
        (await app.Host.GetJson(Report)).GetProperty("omissions").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("asOf=last-tuesday")]
    [InlineData("knownAt=2999-01-01")]
    [InlineData("analysis=tomorrows")]
    public async Task Bad_time_questions_are_400(string query)
    {
        await RecordBoth();
        var problem = await app.Host.GetJson($"{Report}?{query}", 400);
        problem.GetProperty("status").GetInt32().ShouldBe(400);
    }

    [Fact]
    public async Task Revising_or_withdrawing_what_does_not_exist_is_404_and_changes_nothing()
    {
        await RecordBoth();
        await using var session = app.Store.QuerySession();
        var before = (await session.Events.FetchStreamStateAsync(Samples.Engagement, TestContext.Current.CancellationToken))!.Version;
        await app.Host.PostJson($"/api/engagements/{Samples.Engagement}/statements/{Guid.NewGuid()}/revisions",
            new { text = "x y z.", revisedAt = "2025-08-02T00:00:00Z" }, 404);
        await app.Host.PostJson($"/api/engagements/2031-01-01-nobody/statements/{Guid.NewGuid()}/withdrawal",
            new { withdrawnAt = "2025-08-02T00:00:00Z", reason = "gone" }, 404);
        await app.Host.PostJson($"/api/engagements/{Samples.Engagement}/statements/{Guid.NewGuid()}/withdrawal",
            new { reason = "no date" }, 400);
        await using var after = app.Store.QuerySession();
        (await after.Events.FetchStreamStateAsync(Samples.Engagement, TestContext.Current.CancellationToken))!.Version.ShouldBe(before);
    }

    [Fact]
    public async Task Reanalysis_with_an_unchanged_analyzer_appends_nothing()
    {
        await RecordBoth();
        var result = await app.Host.PostJson("/api/reanalysis", new { engagement = Samples.Engagement }, 200);
        result.GetProperty("versionsReanalyzed").GetInt32().ShouldBe(0);
        result.GetProperty("opened").GetInt32().ShouldBe(0);
        await app.Host.PostJson("/api/reanalysis", new { engagement = "2031-01-01-nobody" }, 404);
    }

    [Fact]
    public async Task The_current_analyzer_reproduces_the_analysis_of_the_time_when_nothing_changed()
    {
        await RecordBoth();
        var recorded = await app.Host.GetJson(Report);
        var current = await app.Host.GetJson($"{Report}?analysis=current");
        current.GetProperty("analysis").GetString().ShouldBe("current");
        Ids(current, "omissions").ShouldBe(Ids(recorded, "omissions"));
    }

    [Fact]
    public async Task Lists_answer_as_of_a_publication_date_too()
    {
        await RecordBoth();
        var early = await app.Host.GetJson("/api/engagements?asOf=2025-07-31T21:00:00Z");
        var item = early.GetProperty("items").EnumerateArray().Single();
        item.GetProperty("issuers").EnumerateArray().Select(i => i.GetString()).ShouldBe(["US-DOS"]);
        item.GetProperty("omissions").GetInt32().ShouldBe(0);
        (await app.Host.GetJson("/api/engagements?asOf=2025-07-30")).GetProperty("total").GetInt64().ShouldBe(0);

        (await app.Host.GetJson("/api/divergences?asOf=2025-07-31")).GetProperty("total").GetInt64().ShouldBe(0);
        (await app.Host.GetJson("/api/divergences?asOf=2025-08-02")).GetProperty("total").GetInt64().ShouldBeGreaterThan(0);
        await app.Host.GetJson("/api/divergences?asOf=someday", 400);
    }

    static List<string?> Ids(JsonElement report, string list) =>
        report.GetProperty(list).EnumerateArray().Select(o => o.GetProperty("id").GetString()).Order().ToList();
}
