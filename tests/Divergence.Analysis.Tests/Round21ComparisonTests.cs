namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.3 (round 21), comparing two accounts: one point is reported once, where it is made (a topic
/// named only in a modifier is quoted at its head; an example of an omitted clause is evidence of it; a line naming an
/// area heads the point after it), and a route named by the places it joins is the same route. Sentences are made up.</summary>
public class Round21ComparisonTests
{
    const string Trade = "The two ministers discussed trade and agreed to meet again.";

    [Fact]
    public void A_topic_named_only_in_a_modifier_is_quoted_at_its_head()
    {
        var omission = Shared.Compare("IN-MEA", "The Minister sought continued support for operations at the Chabahar port, which serves as a gateway for relief supplies to Afghanistan.", "en",
                "US-DOS", Trade, "en")
            .Omissions.Single(o => o.StatedBy == "IN-MEA" && o.Topic == "afghanistan");
        omission.Evidence.Text.ShouldStartWith("The Minister sought continued support");
        omission.Also.ShouldContain(e => e.Text.Contains("Afghanistan", StringComparison.Ordinal));
    }

    [Fact]
    public void An_example_of_an_omitted_clause_is_further_evidence_not_a_second_omission()
    {
        var omissions = Shared.Compare("CN-MFA", "Wang expressed grave concern over Japan's accelerated military build-up, including its plan to revise the three security documents ahead of schedule.", "en",
                "JP-MOFA", Trade, "en")
            .Omissions.Where(o => o.StatedBy == "CN-MFA").ToList();
        var omission = omissions.ShouldHaveSingleItem();
        omission.Topic.ShouldBe("militarism");
        omission.Also.ShouldContain(e => e.Text.Contains("three security documents", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_that_only_names_an_area_heads_the_point_after_it()
    {
        var omissions = Shared.Compare("DE-AA", "The ministers also exchanged views on the situation in the Middle East. The minister underlined that Iran must never be allowed to acquire nuclear weapons.", "en",
                "KR-MOFA", Trade, "en")
            .Omissions.Where(o => o.StatedBy == "DE-AA").ToList();
        omissions.ShouldContain(o => o.Topic == "iran-nuclear");
        omissions.ShouldNotContain(o => o.Topic == "middle-east");
    }

    [Fact]
    public void A_line_naming_a_pledge_is_a_point_of_its_own()
    {
        var omissions = Shared.Compare("US-USTR", "The two sides discussed Korea's pledge to purchase $100 billion in liquefied natural gas by 2028. The Ambassador urged Korea to reimburse innovative medicines at fair value.", "en",
                "KR-MOTIE", Trade, "en")
            .Omissions.Where(o => o.StatedBy == "US-USTR").ToList();
        omissions.ShouldContain(o => o.Topic == "energy");
    }

    [Fact]
    public void A_route_named_by_the_places_it_joins_is_the_route_the_other_side_describes() =>
        Shared.Compare("IN-MEA", "The Ministers discussed connectivity, including the Chennai-Vladivostok Eastern Maritime Corridor.", "en",
                "RU-MID", "The ministers discussed the development of transport routes, including the sea route linking Chennai and Vladivostok.", "en", minimumConfidence: 0)
            .Omissions.ShouldNotContain(o => o.StatedBy == "IN-MEA" && o.Label.Contains("Corridor"));

    [Fact]
    public void The_linchpin_of_an_alliance_is_said_on_both_sides() =>
        Shared.Compare("KR-MOFA", "양 장관은 한미동맹이 한반도와 인도·태평양 지역의 평화와 번영을 뒷받침하는 핵심축이라는 데 공감하였다.", "ko",
                "US-DOS", "The Secretary and the Foreign Minister reaffirmed that the ironclad Alliance remains the linchpin of peace and prosperity on the Korean Peninsula.", "en")
            .Omissions.ShouldBeEmpty();
}
