using Divergence.Analysis.Comparison;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.9 (round 27), comparing two accounts: "discussed the importance of ..." makes a point; a deadline
/// ("no later than") negates nothing; a short clause naming what the other side names; a weapon named in full against its
/// acronym or model designation; taxonomy wordings. Sentences are made up.</summary>
public class Round27ComparisonTests
{
    const string Other = "The two ministers reaffirmed the strength of the alliance.";

    [Fact]
    public void Discussing_the_importance_of_something_is_a_point_not_an_area()
    {
        StanceMarkers.Tentative("The leaders discussed the importance of maintaining peace and stability across the Taiwan Strait.").ShouldBeFalse();
        StanceMarkers.Tentative("The leaders discussed the situation in the Middle East.").ShouldBeTrue();
        // Followed by another point, it stays a point of its own, reported as surely as any.
        Compare("KR-MND", Other, "en", "US-DOW",
                Other + " The leaders discussed the importance of maintaining peace and stability across the Taiwan Strait. Secretary Reed welcomed Korean shipyards' role in repairing U.S. Navy vessels.", "en")
            .Omissions.ShouldContain(o => o.Topic == "taiwan-strait" && o.Confidence >= AccountComparer.ReportingConfidence);
    }

    [Theory]
    [InlineData("The visas would be issued no later than one week before travel.")]
    [InlineData("Not less than 200 pilgrims will travel each year.")]
    public void A_deadline_or_a_floor_negates_nothing(string sentence) =>
        StanceMarkers.Stances(sentence).ShouldNotContain("negated");

    [Fact]
    public void Not_before_a_verb_still_negates() =>
        StanceMarkers.Stances("The two sides did not agree on the schedule.").ShouldContain("negated");

    [Fact]
    public void A_deadline_worded_two_ways_is_no_framing() =>
        Compare("IN-MEA", "It was agreed that the two missions would complete the processing of visas for the pilgrims no later than one week before travel.", "en",
                "PK-MOFA", "Both sides agreed that the processing of visas for the pilgrims by the two missions will be completed at least a week before travel.", "en")
            .Framing.ShouldBeEmpty();

    [Fact]
    public void A_short_clause_naming_what_the_other_side_names_is_shared() =>
        Compare("RU-MID", "Lavrov confirmed Russia's support for China's chairmanship of APEC, including the Leaders' Meeting in Shenzhen.", "en",
                "CN-MFA", "Lavrov said Russia supports China in hosting APEC this year, including the Economic Leaders' Meeting in Shenzhen, and wishes it success.", "en")
            .Omissions.ShouldNotContain(o => o.StatedBy == "RU-MID");

    [Fact]
    public void A_short_clause_naming_a_place_the_other_side_does_not_is_still_reported() =>
        Compare("RU-MID", "Lavrov confirmed Russia's support for China's chairmanship of APEC, including the Leaders' Meeting in Shenzhen.", "en",
                "CN-MFA", "Lavrov said Russia supports China in hosting APEC this year, and wishes it success.", "en")
            .Omissions.ShouldContain(o => o.StatedBy == "RU-MID");

    [Fact]
    public void A_weapon_named_in_full_is_the_acronym_the_other_side_writes()
    {
        Divergence.Analysis.Text.Acronyms.WithinSpan("co-production of Advanced Medium-Range Air-to-Air Missiles and Patriot interceptors", 0, 60)
            .ShouldContain("AMRAAM");
        // Two names joined by "and" make one capitalised run; each is a name of its own.
        Compare("US-DOW", "The Secretary and the Minister agreed to expand co-production of Advanced Medium-Range Air-to-Air Missiles and Patriot Advanced Capability-3 Missile Segment Enhancement interceptors.", "en",
                "JP-MOD", "3. The two Ministers concurred on expanding co-production of AMRAAM and PAC-3 MSE.", "en")
            .Omissions.ShouldNotContain(o => o.StatedBy == "US-DOW" && o.Topic == "arms-purchases");
    }

    [Fact]
    public void A_model_spelled_out_is_the_designation_the_other_side_writes() =>
        Compare("US-DOW", "The two leaders agreed to expand the co-production of Patriot Advanced Capability-3 interceptors for air defense.", "en",
                "JP-MOD", "The two Ministers concurred on expanding the co-production of PAC-3 missiles for air defense.", "en")
            .Omissions.ShouldNotContain(o => o.StatedBy == "US-DOW");

    [Fact]
    public void A_designation_is_the_model_the_other_side_spells_out() =>
        Compare("JP-MOD", "The two Ministers concurred on expanding the co-production of PAC-3 missiles for air defense.", "en",
                "US-DOW", "The two leaders agreed to expand the co-production of Patriot Advanced Capability-3 missiles for air defense.", "en")
            .Omissions.ShouldNotContain(o => o.StatedBy == "JP-MOD");

    [Fact]
    public void An_item_the_other_side_does_not_name_in_any_form_is_still_reported() =>
        Compare("US-DOW", "The two leaders agreed to expand air defense cooperation, including the Patriot system.", "en",
                "JP-MOD", "The two Ministers concurred on expanding air defense cooperation.", "en")
            .Omissions.ShouldContain(o => o.StatedBy == "US-DOW" && o.Topic == "air-defence");

    [Theory]
    [InlineData("The ministers welcomed the co-production of PAC-3 MSE.")]
    [InlineData("They discussed SM-3 Block IIA production.")]
    public void Patriot_and_standard_missile_designations_are_air_defence(string sentence) =>
        TopicsOf(sentence).ShouldContain("air-defence");

    [Fact]
    public void The_nuclear_submarine_programme_is_no_arms_purchase()
    {
        TopicsOf("양 장관은 한국의 핵추진잠수함 사업과 관련한 후속 협의를 계속해 나가기로 하였다.", "ko").ShouldNotContain("arms-purchases");
        TopicsOf("양측은 잠수함 도입 사업에 관해 협의하였다.", "ko").ShouldContain("arms-purchases");
    }

    [Theory]
    [InlineData("Trung and Lavrov agreed to expand the use of the two countries' own currencies in payments.")]
    [InlineData("They agreed to settle more trade in their own currencies.")]
    public void The_two_countries_own_currencies_are_national_currencies(string sentence) =>
        TopicsOf(sentence).ShouldContain("currency");

    [Theory]
    [InlineData("en", "President Lee invited Prime Minister Carney to visit Korea at a mutually convenient time.")]
    [InlineData("ko", "이 대통령은 카니 총리의 편리한 시기 방한을 초청하였다.")]
    public void An_invitation_at_a_convenient_time_is_a_courtesy(string language, string invitation) =>
        Compare("KR-MOFA", "양 장관은 양국 간 교역 확대 방안을 논의하였다. " + invitation, language,
                "CA-GAC", "The two ministers discussed ways to expand bilateral trade.", "en")
            .Omissions.ShouldNotContain(o => o.Topic == "leader-visit" && o.Confidence >= AccountComparer.ReportingConfidence);

    [Fact]
    public void An_invitation_with_a_date_is_a_point() =>
        Compare("KR-MOFA", "President Lee invited Prime Minister Carney to visit Korea in March for the first joint commission.", "en",
                "CA-GAC", "The two ministers discussed ways to expand bilateral trade.", "en")
            .Omissions.ShouldContain(o => o.Topic == "leader-visit" && o.Confidence >= AccountComparer.ReportingConfidence);

    [Theory]
    [InlineData("They reviewed the negotiations towards a bilateral trade agreement.")]
    [InlineData("The two ministers discussed prospects for cooperation in the critical minerals sector.")]
    [InlineData("The two sides agreed to continue to explore an early harvest in boundary delimitation.")]
    [InlineData("The two leaders agreed to work towards raising the relationship to a global strategic partnership.")]
    public void Negotiating_towards_prospects_exploring_and_working_towards_are_still_open(string sentence) =>
        StanceMarkers.Stances(sentence).ShouldContain("open");

    [Fact]
    public void Working_towards_an_event_is_no_open_question() =>
        StanceMarkers.Stances("Both sides agreed to work towards a successful next summit.").ShouldNotContain("open");

    [Fact]
    public void Welcoming_progress_in_talks_still_going_on_settles_nothing()
    {
        StanceMarkers.Settled(StanceMarkers.Stances("They welcomed the progress in negotiations towards the first tranche of a trade agreement.")).ShouldBeFalse();
        StanceMarkers.Settled(StanceMarkers.Stances("They welcomed the signing of a memorandum of understanding on critical minerals.")).ShouldBeTrue();
    }

    [Fact]
    public void A_signing_against_prospects_for_cooperation_is_framing() =>
        Compare("US-DOS", "The Secretary welcomed the signing of a memorandum of understanding on critical minerals cooperation.", "en",
                "PK-MOFA", "The two sides discussed prospects for cooperation in the critical minerals sector.", "en")
            .Framing.ShouldContain(f => f.Topic == "critical-minerals");
}

