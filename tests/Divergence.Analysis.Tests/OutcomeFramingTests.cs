using Divergence.Analysis.Comparison;

namespace Divergence.Analysis.Tests;

/// <summary>Framing that no topic phrase picks up: the outcome of the talks and the character of the relationship.</summary>
public class OutcomeFramingTests
{
    static ComparisonResult Compare(string a, string b) =>
        new AccountComparer().Compare(
            new Account("A", [new AccountStatement("a", Shared.Analyzer.Analyze(a, "en"))]),
            new Account("B", [new AccountStatement("b", Shared.Analyzer.Analyze(b, "en"))]), AccountComparer.ReportingConfidence);

    [Fact]
    public void An_agreement_secured_against_a_basic_consensus_is_framing()
    {
        var r = Compare("The President secured an agreement that protects our farmers.",
            "The teams reached basic consensus on addressing each other's concerns. Gaps remain on some points.");
        var f = r.Framing.ShouldHaveSingleItem();
        f.Topic.ShouldBe("outcome");
        f.B.Text.ShouldContain("basic consensus");
    }

    [Fact]
    public void Did_not_reach_agreement_is_the_evidence_before_gaps_remain()
    {
        var r = Compare("The leaders made good progress toward a trade agreement.",
            "Gaps remain on certain points. The two leaders did not reach agreement on the overall package.");
        r.Framing.ShouldContain(f => f.Topic == "outcome" && f.B.Text.Contains("did not reach agreement"));
    }

    [Fact]
    public void Both_sides_reporting_an_agreement_is_no_framing() =>
        Compare("The two sides concluded an agreement on tariffs.", "The two leaders finalized the trade deal.")
            .Framing.ShouldNotContain(f => f.Topic == "outcome");

    [Fact]
    public void A_rival_against_partners_rather_than_rivals_is_framing() =>
        Compare("The minister said the country remains a partner, a competitor and a systemic rival.",
            "The minister said the two countries are partners rather than rivals.")
            .Framing.ShouldContain(f => f.Topic == "relationship");
}
