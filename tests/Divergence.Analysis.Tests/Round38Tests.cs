using Divergence.Analysis.Comparison;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 3.10 / taxonomy 2026.39 (round 38). A ministry's own bylined news release is its account; a
/// transfer agreed on is settled; a claim whose only content is a country's name is near no topic; adjectives before
/// one noun stay one claim and "and exchanged views" opens another; a republisher's notes are debris; and wordings of
/// topics. Sentences and names are made up.</summary>
public class Round38Tests
{
    const string InHouseRelease = """
        Department of National Defense
        NEWS RELEASE

        PH, Japan defense chiefs agree on coastal radar upgrade

        By Maria Lopez, DND Public Affairs Service
        3 March 2026

        QUEZON CITY — The two defense chiefs agreed to upgrade the coastal radar network in Northern Luzon.

        Secretary Teodoro thanked Japan for its support for the AFP's pilot training program.
        """;

    [Theory]
    [InlineData("agreed to upgrade the coastal radar network in Northern Luzon")]
    [InlineData("Secretary Teodoro thanked Japan for its support")]
    public void A_ministrys_own_bylined_news_release_is_its_account(string words) => Kept(InHouseRelease, words).ShouldBeTrue();

    [Fact]
    public void A_reporters_byline_still_makes_a_news_story()
    {
        const string story = """
            PH, Japan defense chiefs agree on coastal radar upgrade

            By Maria Lopez, Staff Reporter
            3 March 2026

            MANILA — Japan has long supplied patrol boats to the Philippine coast guard.
            """;
        Claims(story).Where(c => c.Text.Contains("patrol boats", StringComparison.Ordinal)).ShouldAllBe(c => c.Debris);
    }

    [Fact]
    public void A_transfer_agreed_on_is_settled_against_one_still_discussed()
    {
        StanceMarkers.Stances("The two sides agreed on the transfer of six patrol vessels to the navy.").ShouldContain("decided");
        var result = Compare("JP-MOD", "The two Ministers agreed to continue discussions on the possible transfer of Yamato-class patrol vessels.", "en",
            "PH-DND", "The Philippines and Japan agreed on the transfer of Yamato-class patrol vessels to the Philippine Navy.", "en");
        result.Framing.ShouldContain(f => f.Topic == "arms-purchases");
    }

    [Fact]
    public void Illegal_immigration_is_migration_not_visas()
    {
        TopicsOf("The Secretary thanked the Minister for cooperation in countering illegal immigration.").ShouldNotContain("visas-mobility");
        TopicsOf("The Secretary thanked the Minister for cooperation in countering illegal immigration.").ShouldContain("migration");
        TopicsOf("The ministers discussed immigration procedures for students.").ShouldContain("visas-mobility");
    }

    [Fact]
    public void A_claim_whose_only_content_is_a_countrys_name_is_near_no_topic()
    {
        var call = Claims("On the evening of January 21, President Xi Jinping spoke with German Chancellor Friedrich Merz on the phone.")
            .Where(c => !c.Debris && !c.Setting && c.Topics.Count == 0).ToList();
        call.ShouldNotBeEmpty();
        call.ShouldAllBe(c => c.NearTopic == null);
        Claims("The two sides discussed the modernisation of German railway lines.").ShouldContain(c => c.NearTopic != null);
        PartyNames.IsCountryWord("German").ShouldBeTrue();
        PartyNames.IsCountryWord("Koreans").ShouldBeTrue();
        PartyNames.IsCountryWord("minerals").ShouldBeFalse();
    }

    [Fact]
    public void Adjectives_before_one_noun_are_one_claim_and_exchanged_views_opens_another()
    {
        Pieces("The two Ministers reaffirmed their shared commitment to a free, open and rules-based Indo-Pacific and exchanged views on developments in West Asia.")
            .ShouldBe(["The two Ministers reaffirmed their shared commitment to a free, open and rules-based Indo-Pacific", "exchanged views on developments in West Asia."]);
        Pieces("The two ministers called for a just, lasting and comprehensive peace that respects the sovereignty of every state.").Length.ShouldBe(1);
        Pieces("The Ministers exchanged views on developments in the Indo-Pacific and reaffirmed their support for ASEAN centrality and for a free, open and rules-based regional order.")
            .Length.ShouldBe(2);
    }

    [Theory]
    [InlineData("Reproduction does not imply endorsement of its content.")]
    [InlineData("Spelling and punctuation are left as in the original.")]
    [InlineData("Archive maintained for research purposes.")]
    public void A_republishers_notes_are_debris(string line) =>
        ClaimsOfLineAfterAPoint(line).ShouldAllBe(c => c.Debris);

    [Theory]
    [InlineData("The two leaders reaffirmed their commitment to a free, open, inclusive and rules-based Indo-Pacific.", "indo-pacific")]
    [InlineData("They agreed to deepen cooperation in civil space.", "space")]
    [InlineData("The leaders reaffirmed that the Korea-U.S. alliance remains unwavering.", "alliance-commitments")]
    [InlineData("The two Ministers shared serious concerns about China's intensifying military activities near Japan.", "military-activity")]
    [InlineData("Mr Kim invited the Minister to visit the Republic of Korea this year.", "leader-visit")]
    [InlineData("The Secretary welcomed Japan's continued acquisition of U.S. capabilities.", "arms-purchases")]
    public void Wordings_of_topics(string sentence, string topic) => TopicsOf(sentence).ShouldContain(topic);

    [Fact]
    public void A_hyphenated_korean_name_is_not_the_line_of_actual_control() =>
        TopicsOf("A (Wi Sung-lac): The two leaders agreed to expedite consultations.").ShouldNotContain("land-boundary");

    [Fact]
    public void Negotiations_said_to_be_continuing_are_open() =>
        StanceMarkers.Stances("EAM noted that negotiations on a Bilateral Trade Agreement are continuing and that both sides have been engaging constructively.")
            .ShouldContain("open");

    [Fact]
    public void A_visa_free_policy_is_not_answered_by_youth_exchanges()
    {
        var result = Compare("CN-MFA", "China has extended its visa-free policy for ROK citizens to the end of 2026.", "en",
            "KR-MOFA", "The two sides agreed to expand exchanges among young people and local governments.", "en");
        result.Omissions.ShouldContain(o => o.Topic == "visas-mobility" && o.StatedBy == "CN-MFA");
        var answered = Compare("CN-MFA", "China will provide more facilitation for visas for ROK citizens.", "en",
            "KR-MOFA", "The two sides agreed to expand exchanges among young people and local governments.", "en");
        answered.Omissions.ShouldNotContain(o => o.Topic == "visas-mobility");
    }

    const string Briefing = """
        Briefing by the National Security Adviser on the Summit

        The two leaders agreed to hold a foreign and defense ministers' meeting within the year.

        Q: Was there any progress on semiconductor tariffs?
        A (Park Min-su): There is no agreement yet on semiconductor tariffs.

        Q: Will the President travel to Busan next week?
        A (Park Min-su): The schedule of the President's domestic travel has not been set.
        """;

    [Fact]
    public void An_answer_on_the_talks_progress_is_the_issuers_account()
    {
        Kept(Briefing, "There is no agreement yet on semiconductor tariffs.").ShouldBeTrue();
        Kept(Briefing, "domestic travel has not been set").ShouldBeFalse();
    }

    [Fact]
    public void A_settlement_of_the_ukrainian_crisis_is_the_peace_settlement() =>
        TopicsOf("The Minister informed his counterpart about contacts on a settlement of the Ukrainian crisis.").ShouldContain("ukraine-settlement");

    [Fact]
    public void Agreeing_to_strive_for_a_conclusion_settles_nothing()
    {
        StanceMarkers.Stances("양 정상은 진행 중인 FTA 개선 협상을 조속히 타결할 수 있도록 함께 노력하기로 했습니다.").ShouldNotContain("decided");
        StanceMarkers.Stances("양 정상은 FTA 개선 협상을 연내 타결하기로 했습니다.").ShouldContain("decided");
    }

    [Theory]
    [InlineData("The meeting took place at the ministry's main building in Tokyo for about one hour.")]
    [InlineData("(Attachment) Photos of the trade ministers' meeting 1 copy.")]
    [InlineData("KOGL Type 1: Source Indication — This work may be used under the conditions of the Korea Open Government License Type 1.")]
    public void The_meetings_length_at_its_venue_and_the_pages_attachments_and_licence_are_no_points(string line) =>
        ClaimsOfLineAfterAPoint(line).ShouldAllBe(c => c.Debris || c.Setting);

    [Theory]
    [InlineData("\"We also want to put new energy into the Single Economic Market,\" the Minister said.", "energy")]
    [InlineData("The ministers agreed to cooperate on cross-border trade in renewable energy.", "land-boundary")]
    [InlineData("The two sides agreed to coordinate closely ahead of the APEC Leaders' Meeting this fall.", "leader-visit")]
    public void Words_that_only_look_like_a_topic(string sentence, string topic) => TopicsOf(sentence).ShouldNotContain(topic);

    [Fact]
    public void Meetings_related_to_asean_are_southeast_asia() =>
        TopicsOf("They agreed to coordinate closely ahead of the ASEAN-related meetings this fall.").ShouldContain("southeast-asia");

    [Fact]
    public void Two_named_systems_under_one_verb_show_the_claims_stance()
    {
        var result = Compare("US-DOW", "The two leaders agreed to expand co-production of Advanced Medium-Range Air-to-Air Missiles (AMRAAMs) and Standard Missile-3 Block IIA interceptors.", "en",
            "JP-MOD", "The two Ministers agreed to continue discussing the expansion of co-production of AMRAAM and SM-3 Block IIA.", "en");
        result.Framing.ShouldContain(f => f.Topic == "air-defence");
    }

    /// <summary>The claims of a page line set after one real point, so the page has a body before it.</summary>
    static List<Claim> ClaimsOfLineAfterAPoint(string line)
    {
        var claims = Claims("The ministers agreed to expand trade in fertiliser.\n\n" + line).Where(c => c.Text.Contains(line[..12], StringComparison.Ordinal)).ToList();
        claims.ShouldNotBeEmpty();
        return claims;
    }

    [Theory]
    [InlineData("7. During the visit, EAM is also scheduled to meet senior members of Congress and interact with the Indian community.")]
    [InlineData("He is also scheduled to visit the Navy headquarters in Manila.")]
    public void The_rest_of_the_visitors_programme_is_setting(string line) =>
        ClaimsOfLineAfterAPoint(line).ShouldAllBe(c => c.Debris || c.Setting);

    [Fact]
    public void A_point_about_a_future_visit_is_no_itinerary() =>
        Claims("The two leaders agreed that the Prime Minister will visit Seoul next year to sign the agreement.").ShouldContain(c => !c.Debris && !c.Setting);
}
