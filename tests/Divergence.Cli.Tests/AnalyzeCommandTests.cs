namespace Divergence.Cli.Tests;

/// <summary>`divergence analyze FILE`: the claims the engine sees, so a reader can check why a sentence was compared.</summary>
public class AnalyzeCommandTests
{
    static readonly string Us = Processes.Sample("us-dos-2025-07-31.txt");
    static readonly string Kr = Processes.Sample("kr-mofa-2025-07-31.txt");

    [Fact]
    public async Task Lists_each_claim_with_its_span_debris_mark_topics_and_stances()
    {
        var run = await Processes.Cli("analyze", Us);
        run.ExitCode.ShouldBe(0, run.Err);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("divergence-analysis");
        lines.ShouldContain(l => l.Contains("[debris] Skip to main content"));
        lines.ShouldContain(l => l.Contains("[taiwan-strait]") && l.Contains("Taiwan Strait"));
        // One common word ("discussed ways to deepen economic cooperation") is near no topic (3.13).
        lines.ShouldContain(l => l.Contains("[] The two sides discussed ways to deepen economic cooperation") && !l.Contains('~'));
        // The stances the framing check compares: "expressed serious concern" objects; the Taiwan Strait claim takes none.
        lines.ShouldContain(l => l.Contains("[dprk-russia-cooperation]") && l.EndsWith("  <concern,objection>"));
        lines.ShouldContain(l => l.Contains("[taiwan-strait]") && !l.Contains("  <"));
    }

    [Fact]
    public async Task Shows_the_nearest_topic_of_a_claim_no_phrase_names()
    {
        // A claim no phrase names shows the topic its wording sits closest to, with the cosine.
        var run = await Processes.Cli("analyze", Kr);
        run.ExitCode.ShouldBe(0, run.Err);
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .ShouldContain(l => l.Contains("[] ") && System.Text.RegularExpressions.Regex.IsMatch(l, @"~[a-z-]+ \d\.\d\d(  <[a-z,]+>)?$"));
    }

    [Fact]
    public async Task A_missing_file_is_one_line_and_a_non_zero_exit()
    {
        var run = await Processes.Cli("analyze", "no-such-file.txt");
        run.ExitCode.ShouldNotBe(0);
        run.Out.ShouldBeEmpty();
        run.Err.Trim().Split('\n').Length.ShouldBe(1);
        run.Err.ShouldContain("no-such-file.txt");
    }
}
