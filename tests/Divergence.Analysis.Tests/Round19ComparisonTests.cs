namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.1 (round 19), comparing two accounts: a model designation the other side never names is the
/// point it left out, even on a topic both cover; a figure both sides give is the same point; figures match as whole
/// numbers. Sentences are made up.</summary>
public class Round19ComparisonTests
{
    const string Indian = "The Minister called for deeper defence industrial cooperation and for timely deliveries of GE F404 engines.";

    [Fact]
    public void A_model_designation_the_other_side_never_names_is_reported_on_a_shared_topic()
    {
        const string american = "The Secretary and the Minister discussed defense industrial cooperation and arms sales.";
        var omission = Shared.Compare("IN-MOD", Indian, "en", "US-DOW", american, "en")
            .Omissions.Where(o => o.StatedBy == "IN-MOD").ShouldHaveSingleItem();
        omission.Label.ShouldBe("F404");
        omission.Evidence.Text.ShouldContain("F404 engines");
    }

    [Theory]
    [InlineData("They discussed defense industrial cooperation, including deliveries of F-404 engines.")]
    [InlineData("They discussed defense industrial cooperation, including deliveries of F404 engines.")]
    [InlineData("They discussed defense industrial cooperation, including timely deliveries of the F404s.")]
    public void The_same_designation_spelt_with_or_without_a_hyphen_or_a_plural_s_is_shared(string american) =>
        Shared.Compare("IN-MOD", Indian, "en", "US-DOW", american, "en").Omissions.ShouldNotContain(o => o.StatedBy == "IN-MOD");

    [Fact]
    public void A_group_written_with_a_hyphen_is_no_model_either() =>
        Shared.Compare("IN-MEA", "The leaders agreed to coordinate closely at the G-20 summit in Johannesburg.", "en",
                "JP-MOFA", "The leaders agreed to coordinate closely at the G20 summit in Johannesburg.", "en", minimumConfidence: 0)
            .Omissions.ShouldBeEmpty();

    [Theory]
    [InlineData("The ministers agreed to coordinate closely at the G20 summit.", "The ministers agreed to coordinate closely at the summit of the Group of Twenty.")]
    [InlineData("The ministers agreed to work together for the success of COP31.", "The ministers agreed to work together for the success of the climate conference.")]
    public void Groups_and_conferences_are_not_models(string a, string b) =>
        Shared.Compare("IN-MEA", a, "en", "JP-MOFA", b, "en", minimumConfidence: 0).Omissions.ShouldBeEmpty();

    [Fact]
    public void A_figure_both_sides_give_is_the_same_point_however_each_words_the_rest()
    {
        const string british = "The Foreign Secretary confirmed that a further 4,500 short-range missiles, built by Thales in Belfast, will be delivered to Ukraine before the winter to help protect power stations.";
        const string ukrainian = "Andrii Sybiha thanked the United Kingdom for supplying another 4,500 missiles produced in Northern Ireland this year.";
        Shared.Compare("GB-FCDO", british, "en", "UA-MFA", ukrainian, "en").Omissions.ShouldBeEmpty();
    }

    [Fact]
    public void A_claim_about_a_model_both_sides_name_is_shared_whatever_facility_it_adds()
    {
        const string australian = "The ministers welcomed defence industry cooperation, including the continued delivery of AS9 Huntsman howitzers built at the Northern Armour Works Centre in Avalon.";
        const string korean = "The two Ministers assessed that defence industry cooperation is a pillar of the relationship, citing the AS9 self-propelled howitzers delivered to the Australian Army.";
        Shared.Compare("AU-DOD", australian, "en", "KR-MND", korean, "en").Omissions.ShouldNotContain(o => o.StatedBy == "AU-DOD");
    }

    [Fact]
    public void A_plan_finalised_against_one_only_to_be_explored_is_framing()
    {
        const string a = "The Secretary and the Minister finalized plans to co-produce anti-tank guided missiles in India.";
        const string b = "The two ministers agreed to explore the co-production of anti-tank missiles in India.";
        Shared.Compare("US-DOW", a, "en", "IN-MOD", b, "en").Framing.ShouldContain(f => f.Topic == "arms-purchases");
    }

    [Fact]
    public void A_speakers_title_abbreviated_is_no_anchor_across_the_languages()
    {
        const string english = "EAM conveyed India's support for the efforts of the ROK Government for peace and stability on the Korean Peninsula.";
        const string korean = "자이샹카르 장관은 한반도의 평화와 안정을 위한 한국 정부의 노력을 지지한다고 하였다.";
        Shared.Compare("IN-MEA", english, "en", "KR-MOFA", korean, "ko").Omissions.ShouldBeEmpty();
    }

    [Fact]
    public void The_values_a_relationship_rests_on_are_a_list_not_a_point()
    {
        const string a = "As like-minded partners sharing the values of democracy, the rule of law and human rights, the EU and Japan agreed to deepen cooperation on trade.";
        const string b = "Japan and the EU agreed to deepen their cooperation on trade.";
        Shared.Compare("EU-EEAS", a, "en", "JP-MOFA", b, "en").Omissions.ShouldNotContain(o => o.Topic == "human-rights");
    }

    [Fact]
    public void A_claim_naming_a_model_both_sides_name_is_shared_on_the_open_vocabulary_route_too()
    {
        const string pakistani = "The Prime Minister stressed giving priority to early progress on the upgradation of the Main Line-1 (ML-1) railway.";
        const string chinese = "Li said China will strive for early results in upgrading the ML-1 railway.";
        Shared.Compare("PK-PMO", pakistani, "en", "CN-GOV", chinese, "en", minimumConfidence: 0).Omissions.ShouldNotContain(o => o.StatedBy == "PK-PMO");
    }

    [Fact]
    public void A_figure_is_found_only_as_a_whole_number()
    {
        // Two anchors make a concrete claim: the place and the figure. "8" is not in the visitor counter's "18,462,031".
        const string a = "The Secretary welcomed the plan to open 8 new liaison offices in Gujarat.";
        const string counter = "The two ministers discussed the partnership.\n\nVisitors: 18,462,031\n";
        Shared.Compare("US-DOW", a, "en", "IN-MOD", counter, "en").Omissions.ShouldContain(o => o.StatedBy == "US-DOW");
    }
}
