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
