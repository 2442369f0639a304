namespace Divergence.Cli.Tests;

public class EvalCommandTests
{
    static string Corpus(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "tests", name))) return Path.Combine(dir.FullName, "tests", name);
        throw new DirectoryNotFoundException($"tests/{name} not found above {AppContext.BaseDirectory}");
    }

    // The stricter rows must be what a run at that minimum reports, or they would mislead whoever picks a threshold.
    [Fact]
    public async Task Each_stricter_row_is_what_a_run_at_that_minimum_reports()
    {
        var corpus = Corpus("corpus-holdout");
        var all = await Processes.Cli("eval", corpus);
        var strict = await Processes.Cli("eval", corpus, "--min-confidence", "0.9");
        all.ExitCode.ShouldBe(0, all.Err);
        strict.ExitCode.ShouldBe(0, strict.Err);

        var row = Numbers(Line(all.Out, "0.90 "), 7);
        var overall = Numbers(Line(strict.Out, "overall "), 7);
        row.ShouldBe(overall);
        int.Parse(row[0]).ShouldBeGreaterThan(0); // something is predicted at 0.9, so the comparison means something
        Lines(all.Out).Count(l => l.StartsWith("0.")).ShouldBe(4);
        Lines(strict.Out).Any(l => l.StartsWith("0.")).ShouldBeFalse();
    }

    // The last column is the false alarms per agreeing pair a report at that minimum would carry: here one named item
    // (0.6) on an agreeing pair, gone from 0.7.
    [Fact]
    public async Task Each_stricter_row_shows_the_false_alarms_per_agreeing_pair_at_that_minimum()
    {
        var corpus = Directory.CreateTempSubdirectory("divergence-eval-");
        try
        {
            var pair = Directory.CreateDirectory(Path.Combine(corpus.FullName, "01-us-kr-agreeing"));
            await File.WriteAllTextAsync(Path.Combine(pair.FullName, "a.txt"), "The two ministers agreed to expand cooperation on AI, semiconductors and quantum technologies.\n", TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(pair.FullName, "b.txt"), "The two ministers agreed to expand cooperation on AI and semiconductors.\n", TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(pair.FullName, "labels.json"), """
                {"engagement": "2026-01-01-us-kr", "issuerA": "US-DOS", "languageA": "en", "issuerB": "KR-MOFA", "languageB": "en",
                 "agreeing": true, "omissions": [], "framing": [], "notes": "made up"}
                """, TestContext.Current.CancellationToken);
            var all = await Processes.Cli("eval", corpus.FullName);
            var strict = await Processes.Cli("eval", corpus.FullName, "--min-confidence", "0.6");
            all.ExitCode.ShouldBe(0, all.Err);
            Line(all.Out, "0.60 ").Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].ShouldBe("1.00");
            Line(all.Out, "0.70 ").Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].ShouldBe("0.00");
            Line(strict.Out, "false alarms per agreeing pair").ShouldContain("1.00 omissions");
        }
        finally { corpus.Delete(recursive: true); }
    }

    [Fact]
    public async Task A_missing_corpus_is_one_line_and_a_non_zero_exit()
    {
        var run = await Processes.Cli("eval", "no-such-corpus");
        run.ExitCode.ShouldNotBe(0);
        run.Err.Trim().Split('\n').Length.ShouldBe(1);
        run.Err.ShouldContain("no-such-corpus");
    }

    static string[] Lines(string output) => output.Split('\n');

    static string Line(string output, string prefix) => Lines(output).Single(l => l.StartsWith(prefix, StringComparison.Ordinal));

    static string[] Numbers(string line, int count) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..(1 + count)];
}
