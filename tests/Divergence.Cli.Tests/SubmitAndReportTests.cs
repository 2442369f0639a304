using System.Text.Json;

namespace Divergence.Cli.Tests;

/// <summary>The CLI against the real server over real HTTP on loopback: the path scripts/start takes.</summary>
public class SubmitAndReportTests(ServerProcess server) : IClassFixture<ServerProcess>
{
    const string Engagement = "2025-07-31-us-kr-rubio-cho";

    Task<Run> Submit(string file, string issuer, string published) => Processes.Cli("submit", Processes.Sample(file),
        "--engagement", Engagement, "--issuer", issuer, "--published-at", published, "--title", $"{issuer} release",
        "--source-url", "https://example.org/release", "--server", server.Url, "--json");

    [Fact]
    public async Task Submitted_releases_produce_a_report_with_the_Taiwan_Strait_omission()
    {
        var us = await Submit("us-dos-2025-07-31.txt", "US-DOS", "2025-07-31T20:30:00Z");
        us.ExitCode.ShouldBe(0, us.Err);
        (await Submit("kr-mofa-2025-07-31.txt", "KR-MOFA", "2025-08-01T09:10:00+09:00")).ExitCode.ShouldBe(0);
        var again = await Submit("us-dos-2025-07-31.txt", "US-DOS", "2025-07-31T20:30:00Z");
        JsonDocument.Parse(again.Out).RootElement.GetProperty("duplicate").GetBoolean().ShouldBeTrue();

        var report = await Processes.Cli("report", Engagement, "--server", server.Url);
        report.ExitCode.ShouldBe(0, report.Err);
        report.Out.Split('\n').ShouldContain(line => line.Contains("KR-MOFA left out what US-DOS stated") && line.Contains("Taiwan Strait"));
    }

    [Fact]
    public async Task Terminal_escape_sequences_in_a_statement_never_reach_the_terminal()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, "The two sides \u001b[2J\u001b]0;pwned\u0007stressed peace and stability across the Taiwan Strait.\n" +
                "They also reaffirmed the complete denuclearization of North Korea.", TestContext.Current.CancellationToken);
            const string key = "2025-08-05-escape-test";
            foreach (var (path, issuer) in new[] { (file, "US-DOS"), (Processes.Sample("kr-mofa-2025-07-31.txt"), "KR-MOFA") })
                (await Processes.Cli("submit", path, "--engagement", key, "--issuer", issuer, "--published-at", "2025-08-05T00:00:00Z",
                    "--title", "t", "--source-url", "https://example.org/x", "--server", server.Url)).ExitCode.ShouldBe(0);

            var report = await Processes.Cli("report", key, "--server", server.Url);
            report.ExitCode.ShouldBe(0, report.Err);
            report.Out.ShouldContain("Taiwan Strait");
            report.Out.ShouldNotContain("\u001b");
            report.Out.ShouldNotContain("\u0007");
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public async Task Server_errors_reach_the_user_as_one_line()
    {
        var run = await Processes.Cli("report", "2030-01-01-never-met", "--server", server.Url);
        run.ExitCode.ShouldBe(1);
        run.Err.Trim().Split('\n').Length.ShouldBe(1);
        run.Err.ShouldContain("404");
    }

    [Fact]
    public async Task Bad_submission_is_refused_with_the_field_named()
    {
        var run = await Processes.Cli("submit", Processes.Sample("us-dos-2025-07-31.txt"), "--engagement", "Not A Key",
            "--issuer", "US-DOS", "--published-at", "2025-07-31", "--title", "t", "--source-url", "https://example.org",
            "--server", server.Url);
        run.ExitCode.ShouldBe(1);
        run.Err.ShouldContain("engagement");
    }
}
