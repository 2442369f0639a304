using Divergence.Analysis.Comparison;
using Divergence.Analysis.Text;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 3.15 / taxonomy 2026.44 (round 43). Wire stories on the other side's minister and on a call told by
/// diplomatic sources; a press secretary's remarks after the meeting; a venue, a welcome and a date that are no points; a
/// judgement of an act; a negated aim; organisations in Hangul; a footer's address and licence; a new subject after a
/// list; a numbered frame; one agreement, signed on one side and negotiated on the other; and wordings of topics.
/// Sentences and names are made up.</summary>
public class Round43Tests
{
    // An agency of a third country reports China's minister: what he said and China's readout are China's account.
    const string ForeignWireOnChina = """
        Home / World / Asia

        Beijing says ties with New Zealand 'on a steady course' after Wellington talks

        By Tom Reid
        Pacific Wire Service
        Updated May 4, 2026 — 8:10pm, first published at 6:55pm

        China's top diplomat Wang Yi has declared that relations with New Zealand are "on a steady and healthy course", while urging Wellington to respect China's core interests.

        According to a readout released by China's foreign ministry on Monday evening, Mr Wang said the two countries should expand cooperation in dairy and forestry.

        China's statement also said the two sides agreed to open a direct shipping route between Ningbo and Tauranga.

        The two countries signed a free trade agreement in 2008, the first such deal China reached with a developed economy.

        Dr Ana Kerr, an analyst at a Wellington university, said the readout was upbeat.
        """;

    [Fact]
    public void A_foreign_agencys_story_keeps_what_it_attributes_to_the_ministers_side()
    {
        Kept(ForeignWireOnChina, "on a steady and healthy course").ShouldBeTrue();
        Kept(ForeignWireOnChina, "dairy and forestry").ShouldBeTrue();
        Kept(ForeignWireOnChina, "direct shipping route").ShouldBeTrue();
        // The reporter's background and the analyst are not.
        Kept(ForeignWireOnChina, "first such deal").ShouldBeFalse();
        Kept(ForeignWireOnChina, "the readout was upbeat").ShouldBeFalse();
    }

    const string CallFromDiplomaticSources = """
        POLITICS

        Turkish, Spanish top diplomats discuss Libya in phone call

        Deniz Aydin  |12.03.2026 - Update : 12.03.2026

        ANKARA

        Turkish Foreign Minister Hakan Fidan spoke by phone with Spanish Foreign Minister Jose Manuel Albares on Thursday, according to Turkish diplomatic sources.

        During the call, Fidan and Albares discussed the political process in Libya, said the sources, who asked not to be named.

        Fidan and Albares also addressed irregular migration across the central Mediterranean, according to the sources.

        The ministers went over preparations for the Union for the Mediterranean ministerial meeting in Barcelona.

        Libya has been divided between rival administrations since 2014.

        © Anadolu Agency. All rights reserved.
        """;

    [Fact]
    public void A_readout_released_by_the_ministry_of_the_country_named_is_that_sides_account()
    {
        const string story = ForeignWireOnChina + """

            According to a readout released by China's foreign ministry, the two sides agreed to open a consulate in Christchurch.
            """;
        Kept(story, "consulate in Christchurch").ShouldBeTrue();
    }

    // Each attributed sentence follows the reporter's background, so only its own attribution can make it the ministry's.
    const string SourcesAttribution = """
        ANKARA (AA) - Turkish Foreign Minister Hakan Fidan spoke by phone with Spanish Foreign Minister Jose Manuel Albares on Thursday, according to Turkish diplomatic sources.

        Libya has been divided between rival administrations since 2014.

        Energy cooperation in the eastern Mediterranean was also on the agenda, the sources added.

        Sea transport links between the two countries were expanded in 2025.

        Support for the reconstruction of Gaza was raised as well, said the sources.

        A ceasefire in Gaza took effect in October.

        Migration across the central Mediterranean figured in the call, according to the sources.

        The two countries signed a friendship treaty in 1959.

        Fisheries disputes were reviewed in detail, according to Turkish diplomatic sources.

        The two countries have held annual consultations since 2011.

        Port state controls were discussed too, according to diplomatic sources.

        Spain joined NATO in 1982.

        Fidan said Türkiye would host the next round of the consultations in Antalya.

        © Anadolu Agency. All rights reserved.
        """;

    [Theory]
    [InlineData("Energy cooperation in the eastern Mediterranean")]
    [InlineData("reconstruction of Gaza")]
    [InlineData("Migration across the central Mediterranean")]
    [InlineData("Fisheries disputes")]
    [InlineData("Port state controls")]
    // The sources named by the country's demonym make the lede's minister its speaker.
    [InlineData("next round of the consultations in Antalya")]
    public void Each_way_an_agency_cites_its_sources_attributes_the_sentence(string words) => Kept(SourcesAttribution, words).ShouldBeTrue();

    [Fact]
    public void The_background_between_the_sources_sentences_stays_the_agencys() =>
        Kept(SourcesAttribution, "friendship treaty in 1959").ShouldBeFalse();

    [Fact]
    public void A_call_told_by_the_ministrys_unnamed_sources_is_the_ministrys_account()
    {
        Kept(CallFromDiplomaticSources, "political process in Libya").ShouldBeTrue();
        Kept(CallFromDiplomaticSources, "irregular migration across the central Mediterranean").ShouldBeTrue();
        Kept(CallFromDiplomaticSources, "Union for the Mediterranean ministerial meeting").ShouldBeTrue();
        Kept(CallFromDiplomaticSources, "rival administrations").ShouldBeFalse();
    }

    [Fact]
    public void The_counterpart_named_after_a_phone_call_speaks_in_the_agencys_account()
    {
        const string story = """
            ANKARA (AA) - Turkish Foreign Minister Hakan Fidan spoke by phone with US Secretary of State Marco Rubio on Tuesday.

            Rubio thanked Türkiye for its role in the prisoner exchange between the two sides in the Black Sea region.
            """;
        NewsArticle.LedeCounterpart("Turkish Foreign Minister Hakan Fidan spoke by phone with US Secretary of State Marco Rubio on Tuesday.")
            .ShouldBe(["Marco", "Rubio"]);
        Kept(story, "prisoner exchange").ShouldBeTrue();
    }

    const string PressSecretaryAfterTheMeeting = """
        The two leaders reaffirmed their commitment to the alliance.

        ###

        EXCERPT: Press Secretary Dana Whitfield remarks to reporters at the White House following the meeting

        Q: Dana, did the two leaders talk about shipbuilding?

        MS. WHITFIELD: They did. The Prime Minister told the President that his country will order four new icebreakers from American yards.

        Q: Is the President travelling this weekend?

        MS. WHITFIELD: Nothing to announce on the schedule today.
        """;

    [Fact]
    public void A_press_secretarys_answers_on_the_meeting_right_after_it_are_the_issuers_account()
    {
        EngagementBriefing.Detect(PressSecretaryAfterTheMeeting).ShouldBeTrue();
        Kept(PressSecretaryAfterTheMeeting, "four new icebreakers").ShouldBeTrue();
        Kept(PressSecretaryAfterTheMeeting, "Nothing to announce").ShouldBeFalse();
        Claims(PressSecretaryAfterTheMeeting).ShouldNotContain(c => c.Text.StartsWith("MS. WHITFIELD", StringComparison.Ordinal) && !c.Debris);
    }

    [Theory]
    [InlineData("1. 조현 외교부 장관은 3.2.(월) 도쿄 이쿠라 공관에서 일본 외무대신과 회담을 갖고 양국 관계에 대해 협의하였다.", "diplomatic-missions")]
    [InlineData("ㅇ 조 장관은 고용허가제를 통해 입국한 근로자의 불법체류 문제 해소를 위한 협조를 요청하였다.", "visas-mobility")]
    public void Korean_wordings_that_are_not_the_topic(string sentence, string topic) => TopicsOf(sentence, "ko").ShouldNotContain(topic);

    [Theory]
    [InlineData("양 장관은 재외공관의 안전 확보를 위해 협력하기로 하였다.", "diplomatic-missions")]
    [InlineData("양 장관은 무비자 입국 조치를 연장하기로 하였다.", "visas-mobility")]
    [InlineData("양 장관은 러시아산 원유 수입 문제에 대해 의견을 교환하였다.", "energy")]
    public void Korean_wordings_of_topics(string sentence, string topic) => TopicsOf(sentence, "ko").ShouldContain(topic);

    [Fact]
    public void A_host_welcoming_the_visit_with_a_compliment_on_the_way_is_a_courtesy() =>
        EngagementLogistics.WelcomesVisit("트럼프 대통령은 양국 관계가 그 어느 때보다 좋다며 이 대통령의 방미를 환영했습니다.").ShouldBeTrue();

    [Fact]
    public void A_meeting_held_on_the_occasion_of_another_is_its_setting_but_a_decision_is_a_point()
    {
        EngagementLogistics.Is("ㅇ 이번 면담은 국제통화기금(IMF)·세계은행(WB) 춘계회의 참석을 계기로 이루어졌다.").ShouldBeTrue();
        EngagementLogistics.Is("ㅇ 이번 면담에서 양 장관은 공급망 협력을 강화하기로 하였으며 회담을 가졌다.").ShouldBeFalse();
    }

    [Fact]
    public void How_an_act_is_judged_is_no_point_of_its_own()
    {
        const string stating = "We condemn in the strongest terms the military cooperation between Pyongyang and Moscow, in flagrant violation of UN Security Council resolutions.";
        const string other = "The two Ministers expressed deep concern over the deepening military cooperation between Russia and North Korea.";
        Compare("DE-AA", stating, "en", "KR-MOFA", other, "en").Omissions.ShouldNotContain(o => o.Topic == "sanctions-implementation");
    }

    [Fact]
    public void A_negated_aim_does_not_negate_the_claim()
    {
        StanceMarkers.Negated("continued cooperation in the fight against Daesh so that the terror group cannot re-emerge").ShouldBeFalse();
        StanceMarkers.Negated("the two sides could not agree on the fight against Daesh").ShouldBeTrue();
        // A request that companies not be adversely affected protects them; it negates nothing.
        StanceMarkers.Negated("Minister Cho asked that the companies' investments and operations not be adversely affected.").ShouldBeFalse();
    }

    [Fact]
    public void An_organisation_a_Korean_release_writes_in_Hangul_is_named_there()
    {
        const string english = "The two leaders also agreed to coordinate closely to advance the ASEAN-Korea Comprehensive Strategic Partnership.";
        const string korean = "양 정상은 한-아세안 포괄적 전략 동반자 관계의 발전을 위해서도 긴밀히 공조해 나가기로 했다.";
        Compare("ID-SETNEG", english, "en", "KR-PO", korean, "ko").Omissions.ShouldBeEmpty();
    }

    [Fact]
    public void A_footers_address_and_press_licence_are_the_pages()
    {
        SentenceSplitter.Split("Ministry of State Secretariat | Jl. Veteran No. 17-18, Jakarta 10110").Count.ShouldBe(1);
        const string page = "The two ministers agreed to expand trade in fisheries.\nLicence No. 2210/GP-TTDT.\n";
        Kept(page, "Licence No.").ShouldBeFalse();
        Kept(page, "trade in fisheries").ShouldBeTrue();
    }

    [Fact]
    public void A_titled_subject_after_a_list_starts_a_claim_of_its_own()
    {
        Pieces("They settled the terms of the first tranche of the investment, covering energy, shipbuilding, and pharmaceutical projects, and President Hale welcomed the commitment to purchase $40 billion in American liquefied natural gas through 2029.")
            .Length.ShouldBe(2);
        // A capitalised word of a name before a participle is no subject.
        Pieces("The Secretary urged the ministry to swiftly complete the Agreement on Reciprocal, Fair, and Balanced Trade announced in October and to act against transshipment.")
            .ShouldNotContain(p => p.StartsWith("Balanced Trade", StringComparison.Ordinal));
    }

    [Fact]
    public void Adjectives_before_one_agreement_stay_with_it() =>
        Pieces("On trade, the two sides looked forward to an early conclusion of the first tranche of a mutually beneficial, multi-sector Bilateral Trade Agreement.")
            .Length.ShouldBe(1);

    [Fact]
    public void A_numbered_paragraphs_frame_stays_with_its_clause() =>
        Pieces("(3) Regarding the possible transfer of destroyer escorts of the Maritime Self-Defense Force, the two Ministers agreed to continue discussions.")
            .Length.ShouldBe(1);

    [Fact]
    public void One_agreement_signed_on_one_side_and_still_negotiated_on_the_other_is_a_framing()
    {
        // The settled side names a second agreement in the same clause, so the claim carries that agreement's topic and
        // no topicless pairing (AlignedOutcomeFraming) reads it.
        const string signed = "The two Ministers welcomed the entry into force of the Japan-Philippines Reciprocal Access Agreement (RAA) and the signing of the Japan-Philippines Acquisition and Cross-Servicing Agreement (ACSA) earlier this week.";
        Compare("JP-MOD", signed, "en",
            "PH-DND", "The two sides also looked forward to the early conclusion of negotiations on the Acquisition and Cross-Servicing Agreement (ACSA).", "en")
            .Framing.ShouldContain(f => f.Topic == "agreement:ACSA");
        // Both signed: the same outcome.
        Compare("JP-MOD", signed, "en", "PH-DND", "The two sides welcomed the signing of the Acquisition and Cross-Servicing Agreement (ACSA).", "en")
            .Framing.ShouldNotContain(f => f.Topic == "agreement:ACSA");
    }

    [Fact]
    public void Looking_forward_to_an_early_conclusion_is_still_open() =>
        StanceMarkers.Stances("The two sides looked forward to the early conclusion of negotiations on the services agreement.").ShouldContain("open");

    [Fact]
    public void Russian_oil_is_an_item_of_energy_the_other_side_may_leave_out() =>
        Compare("US-DOS", "He noted India's reduced purchases of Russian oil and encouraged New Delhi to keep diversifying its energy imports.", "en",
            "IN-MEA", "EAM noted the growing energy trade between the two countries, including supplies of LNG and crude oil from the United States.", "en")
            .Omissions.ShouldContain(o => o.StatedBy == "US-DOS" && o.Topic == "energy");

    [Theory]
    [InlineData("on continued cooperation in the fight against Daesh/ISIS.", "counterterrorism")]
    [InlineData("Both sides committed to protecting the rights of Indonesian workers employed in Korea.", "nationals-safety")]
    [InlineData("They agreed to strengthen cooperation in the India-France-UAE and India-France-Australia trilateral frameworks.", "trilateral-cooperation")]
    [InlineData("Minister Cho asked that the companies' investments and operations not be adversely affected.", "business-environment")]
    [InlineData("They also shared concerns over China's coercive economic practices in the region.", "china-conduct")]
    public void Wordings_of_topics(string sentence, string topic) => TopicsOf(sentence).ShouldContain(topic);
}
