using System.Text.Json;

namespace Divergence.Cli.Tests;

public class TaxonomyCommandTests
{
    [Fact]
    public async Task Lists_each_topic_with_its_qualifiers_and_items()
    {
        var run = await Processes.Cli("taxonomy");
        run.ExitCode.ShouldBe(0, run.Err);
        run.Out.ShouldStartWith("taxonomy ");
        run.Out.Split('\n').ShouldContain(l => l.Contains("denuclearization") && l.Contains("qualifiers: complete"));
        run.Out.Split('\n').ShouldContain(l => l.Contains("critical-technologies") && l.Contains("items: artificial-intelligence") && l.Contains("quantum"));
    }

    [Fact]
    public async Task Json_lists_phrases_qualifiers_and_items()
    {
        var run = await Processes.Cli("taxonomy", "--json");
        run.ExitCode.ShouldBe(0, run.Err);
        var json = JsonDocument.Parse(run.Out).RootElement;
        var energy = json.GetProperty("topics").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "energy");
        energy.GetProperty("items").EnumerateArray().Select(i => i.GetString()).ShouldContain("hydrogen");
        energy.GetProperty("korean").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task An_unknown_option_is_one_line_and_a_non_zero_exit()
    {
        var run = await Processes.Cli("taxonomy", "--yaml");
        run.ExitCode.ShouldNotBe(0);
        run.Err.Trim().Split('\n').Length.ShouldBe(1);
    }
}
