using Divergence.Analysis.Comparison;

namespace Divergence.Analysis.Tests;

public class QuantityOmissionTests
{
    static ComparisonResult Compare(string a, string b) =>
        new AccountComparer().Compare(
            new Account("A", [new AccountStatement("a", Shared.Analyzer.Analyze(a, "en"))]),
            new Account("B", [new AccountStatement("b", Shared.Analyzer.Analyze(b, "en"))]), AccountComparer.ReportingConfidence);

    [Fact]
    public void A_figure_the_other_side_never_mentions_is_an_omission()
    {
        const string a = "The two leaders spoke by phone. The Prime Minister noted that the country had suffered over 90,000 casualties in the fight against terrorism.";
        const string b = "The two leaders spoke by phone about the fight against terrorism.";
        var figure = Compare(a, b).Omissions.Single();
        figure.StatedBy.ShouldBe("A");
        figure.Confidence.ShouldBe(0.75);
        figure.Evidence.Text.ShouldContain("90,000 casualties");
    }

    [Fact]
    public void The_same_figure_in_other_words_and_dates_are_no_omission()
    {
        const string a = "On July 30, 2025, the two sides agreed that Korea will invest $350 billion in the United States.";
        const string b = "On 30 July the two sides agreed on an investment package of USD 350 billion.";
        Compare(a, b).Omissions.ShouldBeEmpty();
    }
}
