using System.Net;
using Alba;
using Divergence.Server.Engagements;
using Divergence.Server.Statements;

namespace Divergence.Server.Tests;

public class RecordingStatementsTests(ServerFixture app) : IClassFixture<ServerFixture>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Two_releases_in_the_Taiwan_Strait_omission_out_with_its_evidence()
    {
        var us = await Post(Samples.UsReadout(), 201);
        await Post(Samples.KoreanRelease(), 201);

        var report = await app.Host.Report(Samples.Engagement);
        report.Issuers.ShouldBe(["KR-MOFA", "US-DOS"]);
        var taiwan = report.Omissions.Single(o => o.Topic == "taiwan-strait");
        taiwan.StatedBy.ShouldBe("US-DOS");
        taiwan.OmittedBy.ShouldBe("KR-MOFA");
        taiwan.Evidence.StatementId.ShouldBe(us.StatementId.ToString());
        var text = Samples.UsReadout().Text!;
        text[taiwan.Evidence.Start..taiwan.Evidence.End].ShouldBe(taiwan.Evidence.Text);
        taiwan.Evidence.Text.ShouldContain("Taiwan Strait");
    }

    [Fact]
    public async Task A_topic_stated_in_two_sentences_is_one_divergence_opened_once_and_never_restated_by_later_statements()
    {
        // Identity is the omitted topic: two sentences on the Taiwan Strait are one divergence, quoted from the first,
        // with the second as further evidence.
        var us = Samples.UsReadout() with { Text = Samples.UsReadout().Text!.Replace("\nShare\n",
            "\nSecretary Rubio also reiterated that the United States opposes any unilateral change to the status quo across the Taiwan Strait by force or coercion.\n\nShare\n") };
        await Post(us, 201);
        await Post(Samples.KoreanRelease(), 201);
        await Post(Samples.KoreanRelease() with { Issuer = "XX-NEWS", IssuerName = "A news agency", SourceUrl = "https://example.org/news",
            Text = "Seoul, Aug. 1 (News) -- The foreign ministers of South Korea and the United States met in Washington on Thursday." }, 201);

        var report = await app.Host.Report(Samples.Engagement);
        var taiwan = report.Omissions.Where(o => o.Topic == "taiwan-strait" && o.StatedBy == "US-DOS" && o.OmittedBy == "KR-MOFA").ToList();
        taiwan.Count.ShouldBe(1);
        taiwan[0].Evidence.Text.ShouldStartWith("Secretary Rubio and Minister Cho emphasized");
        // The second sentence is further evidence of the same divergence (2.0), stored with it and served with it.
        taiwan[0].Also.ShouldHaveSingleItem().Text.ShouldStartWith("Secretary Rubio also reiterated");
        await using var session = app.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(Samples.Engagement, token: TestContext.Current.CancellationToken);
        events.Select(e => e.Data).OfType<OmissionOpened>().Count(o => o.Omission.Id == taiwan[0].Id).ShouldBe(1);
        events.Select(e => e.Data).OfType<OmissionRestated>().ShouldBeEmpty();
    }

    [Fact]
    public async Task Resubmitting_the_same_statement_returns_the_existing_id_and_appends_nothing()
    {
        var first = await Post(Samples.UsReadout(), 201);
        var versionBefore = (await app.Host.Report(Samples.Engagement)).Version;

        // whitespace differences between two fetches of one page are not an edit
        var again = Samples.UsReadout() with { Text = Samples.UsReadout().Text!.Replace("\n", "\n\n") + "  " };
        var second = await Post(again, 200);

        second.StatementId.ShouldBe(first.StatementId);
        second.Duplicate.ShouldBeTrue();
        (await app.Host.Report(Samples.Engagement)).Version.ShouldBe(versionBefore);
    }

    [Fact]
    public async Task Concurrent_submissions_about_one_new_engagement_all_land()
    {
        var tasks = Enumerable.Range(0, 6).Select(i => app.Host.Scenario(s =>
        {
            s.Post.Json(Samples.UsReadout() with { Issuer = $"XX-I{i}", Text = Samples.UsReadout().Text + $" Note {i}." })
                .ToUrl("/api/statements");
            s.StatusCodeShouldBe(201);
        }));
        await Task.WhenAll(tasks);
        (await app.Host.Report(Samples.Engagement)).Statements.Count().ShouldBe(6);
    }

    async Task<StatementAccepted> Post(RecordStatement statement, int status)
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Json(statement).ToUrl("/api/statements");
            s.StatusCodeShouldBe(status);
        });
        return (await result.ReadAsJsonAsync<StatementAccepted>())!;
    }
}
