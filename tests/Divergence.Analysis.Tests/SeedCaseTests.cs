using Divergence.Analysis.Comparison;

namespace Divergence.Analysis.Tests;

/// <summary>The case the project started from: the 31 July 2025 Rubio–Cho Hyun meeting.</summary>
public class SeedCaseTests
{
    static readonly string Us = Sample("us-dos-2025-07-31.txt");
    static readonly string Kr = Sample("kr-mofa-2025-07-31.txt");

    static string Sample(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name));

    static ComparisonResult Compare()
    {
        var analyzer = new StatementAnalyzer();
        return new AccountComparer().Compare(
            new Account("US-DOS", [new AccountStatement("us", analyzer.Analyze(Us, "en"))]),
            new Account("KR-MOFA", [new AccountStatement("kr", analyzer.Analyze(Kr, "en"))]));
    }

    [Fact]
    public void Korean_release_omits_the_Taiwan_Strait_with_the_US_sentence_as_evidence()
    {
        var taiwan = Compare().Omissions.Single(o => o.Topic == "taiwan-strait");
        taiwan.StatedBy.ShouldBe("US-DOS");
        taiwan.OmittedBy.ShouldBe("KR-MOFA");
        taiwan.Evidence.Text.ShouldContain("peace and stability across the Taiwan Strait");
        Us[taiwan.Evidence.Start..taiwan.Evidence.End].ShouldBe(taiwan.Evidence.Text);
    }

    [Fact]
    public void Each_commitment_of_a_listing_sentence_is_its_own_omission()
    {
        var omitted = Compare().Omissions.Where(o => o.OmittedBy == "KR-MOFA").Select(o => o.Topic).ToList();
        omitted.ShouldContain("sanctions-implementation");
        omitted.ShouldContain("dprk-russia-cooperation");
        var sanctions = Compare().Omissions.Single(o => o.Topic == "sanctions-implementation");
        sanctions.Evidence.Text.ShouldNotContain("Russia");
    }

    [Fact]
    public void Shared_topics_are_not_omissions()
    {
        var topics = Compare().Omissions.Select(o => o.Topic).ToList();
        topics.ShouldNotContain("denuclearization");
        topics.ShouldNotContain("trilateral-cooperation");
    }

    [Fact]
    public void Denuclearization_of_North_Korea_versus_of_the_Peninsula_is_a_framing_difference()
    {
        var framing = Compare().Framing.Single(f => f.Topic == "denuclearization");
        framing.A.Text.ShouldContain("of North Korea");
        framing.B.Text.ShouldContain("of the Korean Peninsula");
    }

    [Fact]
    public void Korean_release_stresses_alliance_modernization_that_the_US_readout_omits()
    {
        Compare().Omissions.ShouldContain(o => o.Topic == "alliance-modernization" && o.StatedBy == "KR-MOFA");
    }
}
