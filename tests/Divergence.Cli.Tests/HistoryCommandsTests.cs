namespace Divergence.Cli.Tests;

/// <summary>replay, timeline, stats, reanalyze and projections rebuild against the real server over loopback.</summary>
public class HistoryCommandsTests(ServerProcess server) : IClassFixture<ServerProcess>, IAsyncLifetime
{
    const string Engagement = "2025-07-31-us-kr-rubio-cho";

    public async ValueTask InitializeAsync()
    {
        foreach (var (file, issuer, published) in new[]
                 {
                     ("us-dos-2025-07-31.txt", "US-DOS", "2025-07-31T20:30:00Z"),
                     ("kr-mofa-2025-07-31.txt", "KR-MOFA", "2025-08-01T09:10:00+09:00"),
                 })
        {
            var run = await Processes.Cli("submit", Processes.Sample(file), "--engagement", Engagement, "--issuer", issuer,
                "--published-at", published, "--title", $"{issuer} release", "--source-url", "https://example.org/r", "--server", server.Url);
            run.ExitCode.ShouldBe(0, run.Err);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    Task<Run> Cli(params string[] args) => Processes.Cli([.. args, "--server", server.Url]);

    [Fact]
    public async Task Replay_shows_each_engagement_as_published_by_a_date()
    {
        var before = await Cli("replay", "--as-of", "2025-07-31T21:00:00Z");
        before.ExitCode.ShouldBe(0, before.Err);
        before.Out.ShouldContain("0 omission(s)");

        var after = await Cli("replay", "--as-of", "2025-08-02");
        after.ExitCode.ShouldBe(0, after.Err);
        after.Out.Split('\n').ShouldContain(l => l.Contains("KR-MOFA left out what US-DOS stated") && l.Contains("Taiwan Strait"));
    }

    [Fact]
    public async Task Timeline_and_stats_come_from_the_async_projections()
    {
        Run timeline = default!;
        for (var i = 0; i < 120; i++) // the async daemon may trail the write by a moment
        {
            timeline = await Cli("timeline", "taiwan-strait");
            if (timeline.Out.Contains(Engagement)) break;
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
        timeline.ExitCode.ShouldBe(0, timeline.Err);
        timeline.Out.ShouldContain("omitted by KR-MOFA");

        var stats = await Cli("stats", "--stated-by", "US-DOS", "--topic", "taiwan-strait");
        stats.ExitCode.ShouldBe(0, stats.Err);
        stats.Out.ShouldContain("KR-MOFA");
    }

    [Fact]
    public async Task Reanalyze_and_rebuild_run_and_report()
    {
        var reanalyzed = await Cli("reanalyze", "--engagement", Engagement);
        reanalyzed.ExitCode.ShouldBe(0, reanalyzed.Err);
        reanalyzed.Out.ShouldContain("0 statement version(s) re-read");

        var rebuilt = await Cli("projections", "rebuild");
        rebuilt.ExitCode.ShouldBe(0, rebuilt.Err);
        rebuilt.Out.ShouldContain("rebuilt EngagementReport");
        rebuilt.Out.ShouldContain("rebuilt TopicTimeline");
    }

    [Theory]
    [InlineData("replay")]
    [InlineData("projections", "demolish")]
    [InlineData("timeline")]
    public async Task Bad_usage_is_one_line_and_exit_2(params string[] args)
    {
        var run = await Cli(args);
        run.ExitCode.ShouldBe(2);
        run.Err.Trim().Split('\n').Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_bad_date_from_the_server_is_one_line_and_exit_1()
    {
        var run = await Cli("replay", "--as-of", "the-day-after");
        run.ExitCode.ShouldBe(1);
        run.Err.ShouldContain("400");
    }
}
