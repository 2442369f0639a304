using Divergence.Analysis.Comparison;
using Divergence.Analysis.Text;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 3.16 / taxonomy 2026.45 (round 44). A regular press conference's answers on the engagement; the
/// "including ..." detail shown with an omitted claim; attendance, a wreath, a visit's length, a schedule, a social-media
/// line and a briefer's greeting that are no points; shared values that are no human-rights point; nouns in a series;
/// the channels of a courtesy; digits with "thousand"; a wire story's "They likewise"; a named dialogue held or only
/// explored; efforts still to conclude; the Peninsula before "평화 공존과 비핵화"; named items inside shared topics; and
/// wordings of topics. Sentences and names are made up.</summary>
public class Round44Tests
{
    [Fact]
    public void The_engine_version_is_3_16() => StatementAnalyzer.EngineVersion.ShouldBe("divergence-analysis 3.16");

    [Fact]
    public void The_taxonomy_version_is_2026_45() => Analyzer.Taxonomy.Version.ShouldBe("2026.45");

    const string ReadoutWithRegularConference = """
        Wang Yi Holds Talks with Foreign Minister of Chile

        On the afternoon of May 6, 2026, Foreign Minister Wang Yi held talks with Chilean Foreign Minister Ana Torres in Beijing. The two sides agreed to expand cooperation in lithium processing.

        Related:
        Foreign Ministry Spokesperson Lin Feng's Regular Press Conference on May 6, 2026 (excerpts)

        EFE: Foreign Minister Wang Yi held talks with Chilean Foreign Minister Ana Torres this afternoon. Chile said it raised the port fees charged to Chilean salmon exporters. What is China's response?

        Lin Feng: On the talks, please refer to the readout released by the Chinese side. As for the fees you mentioned, they are charged under Chinese law and apply to all exporters equally.

        Kyodo News: Did the two foreign ministers discuss the Antarctic during the talks?

        Lin Feng: During the talks, Wang Yi said China supports a scientific survey of krill stocks in the Southern Ocean.

        AFP: A typhoon hit the southern coast today. Do you have any comment?

        Lin Feng: The relevant authorities are providing disaster relief to the affected areas.
        """;

    [Fact]
    public void A_regular_conferences_answers_on_the_engagement_are_the_issuers_account()
    {
        Kept(ReadoutWithRegularConference, "krill stocks").ShouldBeTrue();
        Kept(ReadoutWithRegularConference, "apply to all exporters equally").ShouldBeTrue();
        // The answer on another subject, a pointer to the readout and every question stay debris.
        Kept(ReadoutWithRegularConference, "providing disaster relief").ShouldBeFalse();
        Kept(ReadoutWithRegularConference, "please refer to the readout").ShouldBeFalse();
        Kept(ReadoutWithRegularConference, "What is China's response").ShouldBeFalse();
        // The answer's claim starts after the spokesperson's name.
        Claims(ReadoutWithRegularConference).ShouldNotContain(c => c.Text.StartsWith("Lin Feng", StringComparison.Ordinal) && !c.Debris);
    }

    [Fact]
    public void An_answer_on_another_meeting_in_the_news_stays_debris()
    {
        RegularBriefing.AsksAboutThisEngagement("Kyodo News: Did the two foreign ministers discuss the Antarctic during the talks?").ShouldBeTrue();
        RegularBriefing.AsksAboutThisEngagement("Reuters: The US and Japan agreed on new tariffs yesterday. What is your comment?").ShouldBeFalse();
    }

    [Fact]
    public void The_detail_after_an_omitted_claim_is_shown_with_it()
    {
        var result = Compare("JP-MOFA", "The two Ministers welcomed the progress in defense equipment and technology cooperation, including the co-development of a radar mast for Indian Navy vessels.", "en",
            "IN-MEA", "The two Ministers agreed to expand trade in pharmaceuticals and to open a new consulate in Osaka.", "en");
        var omission = result.Omissions.Single(o => o.StatedBy == "JP-MOFA" && o.Topic == "arms-purchases");
        omission.Also.ShouldContain(e => e.Text.StartsWith("including the co-development", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Secretary Reyes is in Seoul for a three-day official visit.")]
    [InlineData("On the Korean side, the meeting was attended by the Ambassador to Chile and a number of officials.")]
    [InlineData("After the meeting, the ministers laid a wreath at the Monument to the Unknown Soldier.")]
    [InlineData("여 본부장은 회담 이후 현지 진출 우리 기업 간담회를 가질 예정이다.")]
    public void The_programme_and_attendance_of_a_visit_are_its_setting(string sentence) => EngagementLogistics.Is(sentence).ShouldBeTrue();

    [Theory]
    [InlineData("Follow the ministry on social media.", "social media")]
    [InlineData("Official Spokesperson: Good evening and thank you for joining us.", "joining us")]
    public void A_pages_channels_and_a_briefers_greeting_are_debris(string line, string words) =>
        Kept("The two ministers agreed to expand trade in fisheries.\n" + line + "\n", words).ShouldBeFalse();

    [Theory]
    [InlineData("이 대통령은 양국이 자유, 민주주의, 인권, 법치 등 보편적 가치를 공유하는 중요한 파트너라고 했습니다.", "ko")]
    [InlineData("The leaders noted that the two countries share the values of freedom, democracy, human rights and the rule of law.", "en")]
    public void Shared_values_are_no_human_rights_point(string sentence, string language) =>
        TopicsOf(sentence, language).ShouldNotContain("human-rights");

    [Fact]
    public void Human_rights_raised_on_their_own_are_the_topic() =>
        TopicsOf("The Foreign Secretary raised human rights in Xinjiang and Tibet.").ShouldContain("human-rights");

    [Fact]
    public void Nouns_in_a_series_before_their_head_stay_one_claim() =>
        Pieces("The two ministers agreed to explore establishing a maintenance, repair and overhaul (MRO) facility in the Philippines for Korean-made aircraft and naval vessels.")
            .Length.ShouldBe(1);

    [Fact]
    public void The_channels_of_staying_in_close_communication_are_part_of_the_courtesy()
    {
        const string page = "The two Ministers concurred to maintain close communication at all levels, including through the Security Consultative Committee (\"2+2\").\n";
        Kept(page, "Security Consultative Committee").ShouldBeFalse();
        // The same channel named as a decision is a point.
        Kept("The two Ministers agreed to hold the Security Consultative Committee (\"2+2\") in Tokyo in July.\n", "Security Consultative Committee").ShouldBeTrue();
    }

    [Fact]
    public void Digits_with_thousand_are_the_figure()
    {
        SpelledNumbers.Digits("including 50 thousand skilled workers").ShouldContain("50,000");
        Amounts.In("50 thousand skilled workers").ShouldContain(50_000m);
        Compare("JP-MOFA", "The plan foresees exchanges including 50 thousand skilled workers from India to Japan.", "en",
            "IN-MEA", "The plan foresees exchanges including 50,000 skilled workers from India to Japan.", "en").Omissions.ShouldBeEmpty();
    }

    [Fact]
    public void A_wire_storys_they_likewise_continues_the_attributed_account() =>
        NewsArticle.Continues("They likewise tackled cooperation in the repair of naval vessels in Subic Bay.").ShouldBeTrue();

    [Fact]
    public void A_named_dialogue_agreed_on_one_side_and_only_explored_on_the_other_is_a_framing() =>
        Compare("GB-FCDO", "The Foreign Secretary and the Minister agreed to explore holding the next UK-Chile Economic and Financial Dialogue later this year.", "en",
            "CL-MINREL", "The two sides agreed to hold the 5th Chile-UK Economic and Financial Dialogue within this year.", "en")
            .Framing.ShouldContain(f => f.A.Text.Contains("explore holding") && f.B.Text.Contains("agreed to hold"));

    [Theory]
    [InlineData("Minister Ortiz and I agreed to intensify efforts to conclude an ambitious Comprehensive Economic Partnership Agreement.")]
    [InlineData("The two Ministers confirmed that they would continue to steadily advance the upgrade of the command into a joint headquarters.")]
    public void Efforts_still_to_conclude_and_a_process_under_way_are_open(string claim) =>
        StanceMarkers.Stances(claim).ShouldContain("open");

    [Fact]
    public void The_peninsula_before_peace_and_denuclearization_is_the_qualifier() =>
        Compare("KR-PO", "이 대통령은 한반도 평화 공존과 비핵화를 위한 우리 정부의 노력을 설명했다.", "ko",
            "FR-ELY", "The President reaffirmed France's commitment to the complete, verifiable and irreversible denuclearization of North Korea.", "en")
            .Framing.ShouldContain(f => f.Topic == "denuclearization");

    [Fact]
    public void An_island_group_named_inside_a_shared_sea_is_an_item() =>
        Compare("JP-MOD", "The two Ministers opposed coercion in the East China Sea and reaffirmed that Article 5 applies to the Senkaku Islands.", "en",
            "US-DOW", "The two leaders discussed coercive actions in the East China Sea.", "en")
            .Omissions.ShouldContain(o => o.StatedBy == "JP-MOD" && o.Evidence.Text.Contains("Senkaku"));

    [Fact]
    public void A_kind_of_warship_named_inside_shared_procurement_is_an_item() =>
        Compare("KR-MND", "Minister Park also introduced the capabilities of Korean-built submarines.", "en",
            "PH-DND", "Secretary Cruz sought Korean support for the acquisition of additional frigates under the modernization program.", "en")
            .Omissions.ShouldContain(o => o.StatedBy == "KR-MND" && o.Topic == "arms-purchases");

    [Theory]
    [InlineData("The two Ministers confirmed progress on the upgrade of USFJ into a joint force headquarters.", "combined-defense-posture")]
    [InlineData("Secretary Hale welcomed Japan's acquisition of Tomahawk cruise missiles.", "arms-purchases")]
    [InlineData("I also raised the cases of British nationals who are subject to exit bans.", "nationals-safety")]
    [InlineData("EAM thanked the Minister for her attention to the safety and well-being of the Indian community in Australia.", "nationals-safety")]
    [InlineData("Minister Cho asked for attention to the safety and rights of the community.", "nationals-safety")]
    [InlineData("Any attempt to harm individuals in the UK, including through the issuing of bounties, is unacceptable.", "human-rights")]
    [InlineData("He said the two militaries should keep their channels of communication open.", "de-escalation")]
    [InlineData("The Minister also sought fair and transparent reimbursement for innovative U.S. pharmaceuticals.", "market-access")]
    [InlineData("EAM thanked Japan for its support to India's candidature for non-permanent membership of the UN Security Council.", "candidatures")]
    [InlineData("The leaders welcomed a major new order of Boeing aircraft.", "aircraft-orders")]
    [InlineData("Brazil will continue to support the activities of Korean companies established in the country.", "business-environment")]
    [InlineData("Minister Cho briefed his counterpart on building peaceful coexistence on the Korean Peninsula.", "inter-korean-relations")]
    [InlineData("They will back the reconstruction of the country and its path to the European Union.", "eu-accession")]
    [InlineData("The plan includes 50,000 skilled human resources from India.", "labour-mobility")]
    public void Wordings_of_topics(string sentence, string topic) => TopicsOf(sentence).ShouldContain(topic);

    [Theory]
    [InlineData("The two Ministers confirmed progress on the upgrade of USFJ into a joint force headquarters.", "okinawa")]
    [InlineData("EAM thanked Japan for its support to India's candidature for non-permanent membership of the UN Security Council.", "un-reform")]
    [InlineData("Minister Kato requested measures to prevent accidents involving U.S. service members and U.S. military aircraft.", "military-activity")]
    [InlineData("The two sides supported the efforts of the Syrian government towards reconstruction.", "ukraine-reconstruction")]
    [InlineData("Poland is investing heavily in its East Shield programme.", "investment")]
    [InlineData("The reform should bring a Security Council with more permanent and non-permanent members.", "candidatures")]
    [InlineData("They welcomed the co-development of a combat aircraft engine.", "aircraft-orders")]
    public void Wordings_that_are_not_the_topic(string sentence, string topic) => TopicsOf(sentence).ShouldNotContain(topic);

    [Theory]
    [InlineData("ㅇ 조 장관은 중국 내 우리 국민과 기업의 안전과 권익이 보호될 수 있도록 관심을 요청하였다.", "nationals-safety")]
    [InlineData("ㅇ 조 장관은 우리 국민에 대한 출국 금지 조치의 해제를 요청하였다.", "nationals-safety")]
    [InlineData("□ 조 장관은 한반도에서의 평화 공존과 긴장 완화를 위한 우리 정부의 대북정책을 설명하였다.", "inter-korean-relations")]
    public void Korean_wordings_of_topics(string sentence, string topic) => TopicsOf(sentence, "ko").ShouldContain(topic);

    [Fact]
    public void A_partner_in_latin_america_is_no_point_on_the_region() =>
        TopicsOf("ㅇ 조 장관은 \"브라질은 중남미에서 우리와 가장 긴밀히 협력하는 파트너 중 하나\"라고 하였다.", "ko").ShouldNotContain("latin-america");

    [Fact]
    public void The_example_of_a_survey_takes_no_stance() =>
        Compare("JP-MOFA", "4. The two ministers exchanged views on the regional situation, including the South China Sea. The two ministers shared serious concerns over dangerous actions against Philippine vessels.", "en",
            "PH-DFA", "On the South China Sea, the Secretary and the Minister expressed serious concern over dangerous actions against Philippine vessels.", "en")
            .Framing.ShouldNotContain(f => f.Topic == "south-china-sea");

    [Fact]
    public void A_survey_example_alone_is_no_stance_against_a_concern() =>
        Compare("JP-MOFA", "4. The two ministers exchanged views on the regional situation, including the South China Sea.", "en",
            "PH-DFA", "On the South China Sea, the Secretary expressed serious concern over the recent dangerous manoeuvres near the shoal.", "en")
            .Framing.ShouldNotContain(f => f.Topic == "south-china-sea");

    [Theory]
    [InlineData("The two ministers discussed the protection of the eastern flank against Russian threats.")]
    [InlineData("The leaders agreed that the posture must remain flexible to address the full range of regional threats.")]
    public void Threats_to_answer_are_no_objection(string claim) => StanceMarkers.Stances(claim).ShouldNotContain("objection");

    [Fact]
    public void Threats_named_are_an_objection() =>
        StanceMarkers.Stances("The minister said the drone incursions were threats to the whole alliance.").ShouldContain("objection");

    [Fact]
    public void An_amount_in_each_scripts_units_is_the_same_figure() =>
        Compare("BR-MRE", "The ministers observed that bilateral trade, which amounted to around US$ 10 billion in 2025, remains below its potential.", "en",
            "KR-MOFA", "양 장관은 지난해 약 100억 달러 규모였던 양국 교역이 더욱 확대될 잠재력이 크다는 데 공감하였다.", "ko")
            .Omissions.ShouldBeEmpty();

    [Theory]
    [InlineData("The two sides condemned the water cannon attacks against Philippine vessels near the shoal.", "south-china-sea")]
    public void More_wordings_of_topics(string sentence, string topic) => TopicsOf(sentence).ShouldContain(topic);

    [Fact]
    public void China_japan_korea_cooperation_in_korean_is_the_trilateral_summits_subject() =>
        TopicsOf("양 장관은 한일중 3국 협력의 모멘텀을 이어 나가기로 하였다.", "ko").ShouldContain("multilateral-summits");
}
