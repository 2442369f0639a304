using Divergence.Analysis.Comparison;

namespace Divergence.Analysis.Tests;

/// <summary>The mechanisms of analysis 0.5: the issuer's own press appearance, examples that belong to a bare
/// mention, and "exchanged views" as a bare mention.</summary>
public class PageShapeTests
{
    static ComparisonResult Compare(string a, string b) =>
        new AccountComparer().Compare(
            new Account("A", [new AccountStatement("a", Shared.Analyzer.Analyze(a, "en"))]),
            new Account("B", [new AccountStatement("b", Shared.Analyzer.Analyze(b, "en"))]), AccountComparer.ReportingConfidence);

    const string Readout = "The ministers agreed to restore the normal functioning of their embassies.";

    [Fact]
    public void The_answers_of_the_issuers_own_press_appearance_are_its_account_and_the_questions_are_not()
    {
        const string page = "Minister's statement and answers to media questions following the talks\n\nWe agreed to restore the normal functioning of our embassies.\n\nQuestion: Did you discuss the Middle East and Taiwan?\n\nIvan Petrov: We also called for restraint in the Middle East, where we share an interest in stability.";
        var r = Compare(page, Readout);
        var omission = r.Omissions.ShouldHaveSingleItem();
        omission.Topic.ShouldBe("middle-east");
        omission.Evidence.Text.ShouldStartWith("We also called for restraint");
    }

    [Fact]
    public void A_regular_briefing_appended_to_a_readout_stays_debris()
    {
        const string page = "We agreed to restore the normal functioning of our embassies.\n\nRegular Press Conference (excerpt)\n\nQ: Do you have a comment on the Middle East?\n\nA: Spokesperson Li Hua: We call for calm in the Middle East.";
        Compare(page, Readout).Omissions.ShouldBeEmpty();
    }

    [Fact]
    public void An_example_of_a_shared_bare_mention_is_no_omission()
    {
        var r = Compare("4. The two leaders exchanged views on North Korea, including its nuclear and missile issues, and confirmed their commitment to peace.",
            "On North Korea, the two leaders reaffirmed their commitment to peace.");
        r.Omissions.ShouldBeEmpty();
    }

    [Fact]
    public void An_example_of_a_substantive_claim_still_counts()
    {
        var r = Compare("The minister called for stronger deterrence, including through additional Patriot systems.",
            "The ministers discussed trade.");
        r.Omissions.ShouldContain(o => o.Topic == "air-defence");
    }

    [Fact]
    public void Exchanging_views_on_a_topic_yields_to_a_substantive_claim_on_it()
    {
        var r = Compare("The leaders also exchanged views on the situation in the Middle East. The Prime Minister stated that it is important to calm the situation between Israel and Iran.",
            "The leaders discussed trade.");
        r.Omissions.ShouldHaveSingleItem().Evidence.Text.ShouldContain("Israel and Iran");
    }
}
