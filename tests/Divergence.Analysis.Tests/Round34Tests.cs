using Divergence.Analysis.Comparison;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 3.6 (round 34), reading a page: a news story whose lede names its own minister bare and the other by
/// demonym; who released a readout and the office's address; a Korean spokesperson's briefing on a call with its questions
/// and answers. Comparing: an answer that says a topic was not discussed; a bare mention beside a side's real stance; a
/// project in its final stage. Sentences and names are made up.</summary>
public class Round34Tests
{
    const string AgencyStory = """
        Malaysia, Japan agree to deepen maritime cooperation

        Monday, 9 March 2026 18:05 MYT

        By Aminah Rahman

        Kuala Lumpur (Bernama) - Malaysia and Japan agreed to deepen cooperation in maritime security following a meeting between Foreign Minister Mohamad Hasan and his Japanese counterpart Toshimitsu Motegi in Tokyo on Monday, according to a statement from the Malaysian Foreign Ministry.

        According to the ministry, the two ministers agreed to hold the next round of senior officials' talks in Putrajaya.

        Mohamad said Malaysia hoped Japan would expand scholarships for Malaysian engineering students.

        In a separate statement issued in Tokyo, Motegi said the two ministers had also discussed the East China Sea.
        """;

    [Fact]
    public void A_minister_the_lede_names_bare_beside_a_counterpart_by_demonym_speaks_for_the_story()
    {
        Kept(AgencyStory, "expand scholarships for Malaysian engineering students").ShouldBeTrue();
        // The counterpart speaking through his own channel is still not the story's issuer.
        Kept(AgencyStory, "had also discussed the East China Sea").ShouldBeFalse();
    }

    [Fact]
    public void A_minister_the_lede_names_bare_does_not_speak_for_a_body_of_the_counterparts_country()
    {
        var story = AgencyStory.Replace("according to a statement from the Malaysian Foreign Ministry", "according to a statement from the Japanese Foreign Ministry");
        Kept(story, "expand scholarships for Malaysian engineering students").ShouldBeFalse();
    }

    [Theory]
    [InlineData("The following readout was provided by White House Press Secretary Karoline Leavitt:")]
    [InlineData("Address: No. 12 Ly Thuong Kiet, Hoan Kiem, Ha Noi.")]
    [InlineData("Tel: +84 24 3799 3000")]
    public void Who_released_the_text_and_the_offices_address_are_the_pages(string line)
    {
        var start = line.Substring(0, 10);
        Claims(line + "\nThe two leaders agreed to expand cooperation on clean energy.").ShouldContain(c => c.Text.StartsWith(start, StringComparison.Ordinal) && c.Debris);
    }

    const string KoreanCallBriefing = """
        이재명 대통령, 알바니지 호주 총리와 통화 관련 대변인 서면브리핑

        이재명 대통령은 오늘 오후 앤서니 알바니지 호주 총리와 통화를 갖고 방산 협력 확대 방안을 논의했습니다.

        [질의응답]
        Q. 호주 측에서 핵심광물 공급망 협력을 제안했습니까?
        A. 핵심광물 문제는 이번 통화에서 논의되지 않았습니다.
        Q. 다음 달 일정은 확정됐습니까?
        A. 세부 일정은 외교 채널로 협의하고 있습니다.
        """;

    [Fact]
    public void A_spokespersons_briefing_on_a_call_keeps_its_answers_about_the_call()
    {
        var claims = Claims(KoreanCallBriefing, "ko");
        claims.ShouldContain(c => c.Text.StartsWith("핵심광물 문제는", StringComparison.Ordinal) && !c.Debris);
        claims.ShouldContain(c => c.Text.Contains("공급망 협력을 제안했습니까") && c.Debris);
        // An answer to a question on anything but the call stays the briefing's furniture.
        claims.ShouldContain(c => c.Text.Contains("외교 채널로 협의") && c.Debris);
    }

    [Fact]
    public void An_answer_that_a_topic_was_not_discussed_is_framing_against_the_side_that_raised_it()
    {
        var result = Compare("KR-PO", KoreanCallBriefing, "ko", "AU-PMO",
            "The Prime Minister proposed closer cooperation with the Republic of Korea on critical minerals supply chains.\n" +
            "The leaders discussed ways to expand defence industry cooperation.", "en");
        result.Framing.ShouldContain(f => f.Topic == "critical-minerals");
        result.Omissions.ShouldNotContain(o => o.Topic == "critical-minerals");
    }

    const string Substantive = "Australia supports the conclusion of an effective and substantive Code of Conduct for the South China Sea that is consistent with international law.";

    [Fact]
    public void A_bare_mention_beside_a_sides_real_stance_is_no_open_stance()
    {
        var mentionAndStance = "The two ministers exchanged views on the situation in the South China Sea.\n" +
                               "Minister Wong conveyed Australia's support for the conclusion of an effective Code of Conduct in the South China Sea.";
        Compare("PH-DFA", mentionAndStance, "en", "AU-DFAT", Substantive, "en").Framing.ShouldNotContain(f => f.Topic == "south-china-sea");
    }

    [Fact]
    public void A_bare_mention_that_is_all_a_side_says_still_shows_its_stance()
    {
        Compare("PH-DFA", "The two ministers exchanged views on the situation in the South China Sea.", "en", "AU-DFAT", Substantive, "en")
            .Framing.ShouldContain(f => f.Topic == "south-china-sea");
    }

    [Theory]
    [InlineData("They noted that work on the eastern gas pipeline project has entered its final stage.")]
    [InlineData("We agreed on the practical steps needed to bring the treaty into force this year.")]
    public void A_project_in_its_final_stage_or_steps_agreed_are_settled(string claim) =>
        StanceMarkers.Stances(claim).ShouldContain("decided");

    [Theory]
    [InlineData("They agreed that the new trade agreement would enter into force on 1 July 2026.", "decided")]
    [InlineData("The two sides expect to sign the framework agreement on fisheries in the coming weeks.", "decided")]
    [InlineData("양측은 협정 서명을 위한 협의를 지속해 나가기로 했다.", "open")]
    public void A_date_of_entry_into_force_is_settled_and_talks_that_go_on_are_open(string claim, string stance) =>
        StanceMarkers.Stances(claim).ShouldContain(stance);

    [Fact]
    public void A_claim_naming_one_agreement_by_two_topics_shows_its_stance()
    {
        Compare("EU-EEAS", "The Commissioner and the Minister expect to sign the Digital Trade Agreement next month.", "en",
                "SG-MTI", "The two sides agreed to continue consultations toward signing the Digital Trade Agreement.", "en")
            .Framing.Count(f => f.Topic == "digital-economy" || f.Topic == "trade-deal").ShouldBe(1);
    }

    [Fact]
    public void Two_seas_in_one_phrase_are_no_one_subject()
    {
        Compare("JP-MOFA", "The two ministers strongly opposed unilateral attempts to change the status quo by force in the East and South China Seas.", "en",
                "DE-AA", "They discussed the situation in the East and South China Seas.", "en")
            .Framing.ShouldNotContain(f => f.Topic == "east-china-sea" || f.Topic == "south-china-sea");
    }

    [Fact]
    public void A_count_of_students_the_other_side_never_gives_is_a_figure_left_out()
    {
        const string target = "Both leaders reaffirmed the target of welcoming 20,000 Indian students in Germany by 2030.";
        Compare("IN-MEA", target, "en", "DE-BK", "The two leaders welcomed the growth in student mobility between the two countries.", "en")
            .Omissions.ShouldContain(o => o.StatedBy == "IN-MEA" && o.Label.Contains("20000"));
        Compare("IN-MEA", target, "en", "DE-BK", "The leaders want 20,000 Indian students to study in Germany by 2030.", "en")
            .Omissions.ShouldNotContain(o => o.StatedBy == "IN-MEA");
    }

    const string KoreanSummitBriefing = """
        한일 정상회담 관련 서면 브리핑

        양 정상은 수소 분야 협력을 확대해 나가기로 했습니다.

        - 경제안보 문제도 논의가 있었나.
        "두 정상께서 반도체 공급망 협력을 강화하기로 하셨습니다."
        - 대통령의 내일 일정은 어떻게 되나.
        "아직 정해지지 않았습니다."
        """;

    [Fact]
    public void A_reporters_question_in_the_plain_korean_style_opens_the_briefings_questions()
    {
        var claims = Claims(KoreanSummitBriefing, "ko");
        claims.ShouldContain(c => c.Text.Contains("논의가 있었나") && c.Debris);
        claims.ShouldContain(c => c.Text.Contains("반도체 공급망 협력") && !c.Debris);
        claims.ShouldContain(c => c.Text.Contains("아직 정해지지") && c.Debris);
    }

    [Theory]
    [InlineData("Materials on this site are available under the CC BY 3.0 PL license.")]
    [InlineData("Texts on this website are available under the open data licence of the Republic.")]
    public void A_licence_line_is_the_pages(string line) =>
        Claims(line + "\nThe ministers agreed to expand rail links.").ShouldContain(c => c.Text == line && c.Debris);
}
