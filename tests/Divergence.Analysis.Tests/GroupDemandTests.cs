using Divergence.Analysis.Comparison;

namespace Divergence.Analysis.Tests;

public class GroupDemandTests
{
    static ComparisonResult Compare(string a, string b) =>
        new AccountComparer().Compare(
            new Account("A", [new AccountStatement("a", Shared.Analyzer.Analyze(a, "en"))]),
            new Account("B", [new AccountStatement("b", Shared.Analyzer.Analyze(b, "en"))]), AccountComparer.ReportingConfidence);

    [Fact]
    public void A_demand_answered_only_through_a_related_topic_is_an_omission_not_a_framing()
    {
        const string a = "The two leaders discussed the trade relationship and made good progress toward a trade agreement.";
        const string b = "The Prime Minister conveyed Japan's position, calling for a review of the U.S. tariff measures on automobiles.";
        var r = Compare(a, b);
        var demand = r.Omissions.Single();
        (demand.StatedBy, demand.Topic).ShouldBe(("B", "tariffs"));
        r.Framing.ShouldNotContain(f => f.Topic == "trade");
    }

    [Fact]
    public void A_bare_mention_of_a_related_topic_stays_bridged()
    {
        const string a = "The two leaders discussed the trade relationship and made good progress toward a trade agreement.";
        const string b = "The two leaders held discussions on the U.S. tariff measures.";
        Compare(a, b).Omissions.ShouldBeEmpty();
    }
}
