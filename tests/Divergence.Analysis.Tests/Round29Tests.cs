using Divergence.Analysis.Text;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 3.1 (round 29), reading a page: a news story that names the issuer's department once in full with
/// its initials and by the initials after; a fact sheet's section heading in capitals on a line of its own; how long the
/// talks lasted. Sentences and names are made up.</summary>
public class Round29Tests
{
    const string Story = """
        Coastline Daily
        Home | Nation | World
        Skip to content

        Defense chiefs weigh drone plant; no new sites, DND says

        By Lorna Dizon
        April 2, 2026, 4:10 pm

        MANILA - Defense Secretary Ramon Castillo Jr. and his Australian counterpart discussed a drone assembly plant when they met in Canberra on Wednesday, the Department of National Defense (DND) said Thursday.

        In a statement, the DND said the two officials agreed to study a joint drone assembly line in Subic.

        Castillo also condemned the harassment of Filipino fishing boats near Sabina Shoal, the DND said.

        The meeting came a month after a coast guard ship was rammed near the shoal, injuring three sailors.

        According to the DND, the two sides reviewed the schedule of the Kasangga maritime exercise.

        Castillo stressed that the visiting forces agreement must be ratified within the year, the department added.

        The defense chief also sought training slots for Filipino pilots on the Hawk trainer jets.

        Castillo likewise raised the safety of overseas Filipino workers in the Middle East.

        The Philippines currently hosts two rotations of Australian troops a year.

        Castillo rejected any basing of foreign attack drones in the country.

        In its own readout, the Australian Defence Department said the ministers discussed undersea cable protection.
        """;

    [Fact]
    public void A_body_named_once_with_its_initials_is_cited_by_them_after()
    {
        NewsArticle.DefinedBodyAcronym("They met on Wednesday, the Department of National Defense (DND) said Thursday.").ShouldBe("DND");
        NewsArticle.DefinedBodyAcronym("They met on Wednesday, the US Department of Defense said.").ShouldBeNull();
        NewsArticle.CitesAcronym("In a statement, the DND said the two officials agreed.", "DND").ShouldBeTrue();
        NewsArticle.CitesAcronym("The DNDS said the two officials agreed.", "DND").ShouldBeFalse();
        Kept(Story, "joint drone assembly line in Subic").ShouldBeTrue();
        Kept(Story, "harassment of Filipino fishing boats").ShouldBeTrue();
        Kept(Story, "schedule of the Kasangga maritime exercise").ShouldBeTrue();
    }

    [Fact]
    public void The_minister_goes_on_speaking_by_his_office_and_likewise()
    {
        Kept(Story, "training slots for Filipino pilots").ShouldBeTrue();
        Kept(Story, "safety of overseas Filipino workers").ShouldBeTrue();
        // A new paragraph after the reporter's background: he speaks again, rejecting.
        Kept(Story, "basing of foreign attack drones").ShouldBeTrue();
    }

    [Fact]
    public void The_reporters_background_and_the_other_sides_readout_stay_out()
    {
        Kept(Story, "injuring three sailors").ShouldBeFalse();
        Kept(Story, "two rotations of Australian troops").ShouldBeFalse();
        Kept(Story, "undersea cable protection").ShouldBeFalse();
    }

    [Fact]
    public void A_lede_names_its_principal_with_a_suffix_and_a_counterpart_titled_with_of()
    {
        NewsArticle.LedePrincipal("MANILA - Defense Secretary Ramon Castillo Jr. and US Secretary of War Paul Hale discussed drones on Wednesday.")!.Value
            .Names.ShouldBe(["Ramon", "Castillo"]);
        NewsArticle.SpeakingLede("MANILA - President Andres Villar Jr. said on Monday that the country would buy more patrol boats.")!.Value
            .Names.ShouldBe(["Andres", "Villar"]);
    }

    [Fact]
    public void A_body_cited_for_its_own_readout_does_not_set_the_storys_side() =>
        NewsArticle.AttributedBody("In its own readout, the Australian Defence Department said the ministers discussed cables.").ShouldBeNull();

    [Fact]
    public void Without_the_initials_defined_the_body_is_not_known_by_them()
    {
        var page = Story.Replace("the Department of National Defense (DND) said Thursday", "the defense department said Thursday");
        Kept(page, "joint drone assembly line in Subic").ShouldBeFalse();
    }

    [Fact]
    public void A_heading_in_capitals_on_a_line_of_its_own_is_no_claim()
    {
        const string page = """
            Fact Sheet: The President Strengthens the Alliance

            BUILDING THE INDUSTRIES OF TOMORROW:
            - The two leaders agreed to expand cooperation on quantum computing and biotechnology research.

            The two leaders agreed as follows:
            - Both sides will open a joint research centre for battery recycling in Daejeon.
            """;
        Kept(page, "BUILDING THE INDUSTRIES OF TOMORROW").ShouldBeFalse();
        Kept(page, "quantum computing and biotechnology").ShouldBeTrue();
        Kept(page, "The two leaders agreed as follows").ShouldBeTrue();
    }

    [Theory]
    [InlineData("The talks at the Hotel Adlon lasted more than three hours and were followed by a working lunch.")]
    [InlineData("The meeting lasted about 90 minutes.")]
    [InlineData("Their conversation went on for nearly two hours.")]
    public void How_long_the_talks_lasted_is_the_setting(string sentence) => EngagementLogistics.Is(sentence).ShouldBeTrue();

    [Fact]
    public void A_point_that_mentions_hours_is_not_the_setting() =>
        EngagementLogistics.Is("The talks lasted three hours and the ministers agreed to reopen the consulates.").ShouldBeFalse();
}
