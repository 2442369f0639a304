using System.Text.Json;

namespace Divergence.Cli.Tests;

public class CompareCommandTests
{
    static readonly string Us = Processes.Sample("us-dos-2025-07-31.txt");
    static readonly string Kr = Processes.Sample("kr-mofa-2025-07-31.txt");

    [Fact]
    public async Task Json_output_follows_the_documented_contract()
    {
        var run = await Processes.Cli("compare", Us, Kr, "--issuer-a", "US-DOS", "--issuer-b", "KR-MOFA", "--json");
        run.ExitCode.ShouldBe(0, run.Err);
        var json = JsonDocument.Parse(run.Out).RootElement;
        json.GetProperty("analyzer").GetString().ShouldStartWith("divergence-analysis");
        json.GetProperty("issuers").EnumerateArray().Select(i => i.GetString()).ShouldBe(["US-DOS", "KR-MOFA"]);
        var taiwan = json.GetProperty("omissions").EnumerateArray().Single(o => o.GetProperty("topic").GetString() == "taiwan-strait");
        taiwan.GetProperty("statedBy").GetString().ShouldBe("US-DOS");
        taiwan.GetProperty("omittedBy").GetString().ShouldBe("KR-MOFA");
        taiwan.GetProperty("kind").GetString().ShouldBe("omission");
        taiwan.GetProperty("confidence").GetDouble().ShouldBeInRange(0, 1);
        var evidence = taiwan.GetProperty("evidence");
        var text = File.ReadAllText(Us);
        text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()].ShouldBe(evidence.GetProperty("text").GetString());
        json.GetProperty("framing").ValueKind.ShouldBe(JsonValueKind.Array);
    }

    [Fact]
    public async Task Table_output_names_the_omission_and_quotes_the_evidence()
    {
        var run = await Processes.Cli("compare", Us, Kr, "--issuer-a", "US-DOS", "--issuer-b", "KR-MOFA");
        run.ExitCode.ShouldBe(0, run.Err);
        run.Out.ShouldContain("omitted by KR-MOFA");
        run.Out.ShouldContain("Taiwan Strait");
    }

    [Fact]
    public async Task A_missing_file_is_one_line_and_a_non_zero_exit()
    {
        var run = await Processes.Cli("compare", Us, "no-such-file.txt", "--issuer-a", "US-DOS", "--issuer-b", "KR-MOFA");
        run.ExitCode.ShouldNotBe(0);
        run.Out.ShouldBeEmpty();
        run.Err.Trim().Split('\n').Length.ShouldBe(1);
        run.Err.ShouldContain("no-such-file.txt");
    }

    [Fact]
    public async Task An_unreadable_file_is_one_line_and_a_non_zero_exit()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            // a directory where a file is expected cannot be read as a statement
            var run = await Processes.Cli("compare", Us, dir.FullName, "--issuer-a", "US-DOS", "--issuer-b", "KR-MOFA");
            run.ExitCode.ShouldNotBe(0);
            run.Err.Trim().Split('\n').Length.ShouldBe(1);
            run.Err.ShouldNotContain("   at ");
        }
        finally { dir.Delete(); }
    }

    [Theory]
    [InlineData("compare")]
    [InlineData("compare", "a.txt", "b.txt")]
    [InlineData("compare", "a.txt", "b.txt", "--issuer-a", "US-DOS", "--issuer-b", "KR-MOFA", "--min-confidence", "2")]
    [InlineData("frobnicate")]
    public async Task Bad_usage_is_exit_2_with_one_line(params string[] args)
    {
        var run = await Processes.Cli(args);
        run.ExitCode.ShouldBe(2);
        run.Err.Trim().Split('\n').Length.ShouldBe(1);
    }
}
