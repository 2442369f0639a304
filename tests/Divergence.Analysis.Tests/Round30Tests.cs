using Divergence.Analysis.Text;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 3.2 (round 30), reading a page: a briefing given on the engagement itself, whose answers to
/// questions about it are the issuer's account; an agency story known by "City (AGENCY) -", its minister named without
/// a demonym, and the other side's ministry cited after an opening phrase; the frames of a spoken briefing and where a
/// text is published. Sentences and names are made up.</summary>
public class Round30Tests
{
    const string KoreanBriefing = """
        홈 > 뉴스룸 > 브리핑

        [브리핑] 한미 정상 통화 결과 관련 대변인 브리핑

        ■ 대변인: 안녕하십니까. 지난밤 있었던 한미 정상 통화 결과를 말씀드리겠습니다.

        두 정상은 조선 분야 협력을 가속화하기로 했습니다.

        [질의응답]

        ○ 기자: 통화에서 원자력협정 개정 문제도 거론됐습니까?

        ○ 대변인: 네, 거론됐습니다. 두 정상은 원자력협정 개정 협의를 조속히 마무리하기로 했습니다.

        ○ 기자: 다음 주 국무회의에서 산불 대책이 논의된다고 하는데 대통령의 주문 사항이 있습니까?

        ○ 대변인: 대통령께서는 진화 헬기 배치를 서둘러 점검하라고 당부하셨습니다.

        ○ 기자: 통화 내용과 별개로, 개각 시점은 정해졌습니까?

        ○ 대변인: 오늘은 정상 통화와 관련된 질문만 받도록 하겠습니다.

        이전글 [브리핑] 한-호주 정상회담 결과 브리핑
        """;

    [Fact]
    public void A_briefing_on_the_engagement_is_known_by_its_heading_before_the_questions()
    {
        EngagementBriefing.Detect(KoreanBriefing).ShouldBeTrue();
        // The same questions under a regular page heading, or a neighbour's title after them, are no such briefing.
        EngagementBriefing.Detect(KoreanBriefing.Replace("[브리핑] 한미 정상 통화 결과 관련 대변인 브리핑", "[브리핑] 대변인 정례 브리핑")).ShouldBeFalse();
        EngagementBriefing.Detect("""
            Readout of the Secretary's Meeting

            The Secretary discussed trade.

            Question: Was Taiwan raised?

            Related: Special Briefing on the Outcome of the Summit
            """).ShouldBeFalse();
        EngagementBriefing.Detect("""
            Transcript of Special Media Briefing by Official Spokesperson on EAM's meeting with the Foreign Minister

            Question (Ravi, Daily Post): Was the issue of the pipeline raised?
            """).ShouldBeTrue();
    }

    static bool KeptInKorean(string page, string words)
    {
        var claims = Claims(page, "ko").Where(c => c.Text.Contains(words, StringComparison.Ordinal)).ToList();
        claims.ShouldNotBeEmpty();
        return claims.All(c => !c.Debris && !c.Setting);
    }

    [Fact]
    public void An_answer_to_a_question_about_the_engagement_is_the_issuers_account()
    {
        KeptInKorean(KoreanBriefing, "원자력협정 개정 협의를 조속히 마무리하기로").ShouldBeTrue();
        // The question itself is not, nor an answer on something else, nor the briefer taking questions.
        KeptInKorean(KoreanBriefing, "원자력협정 개정 문제도 거론됐습니까").ShouldBeFalse();
        KeptInKorean(KoreanBriefing, "진화 헬기 배치를").ShouldBeFalse();
        KeptInKorean(KoreanBriefing, "질문만 받도록").ShouldBeFalse();
        // The briefer announcing the results is the frame, not a point.
        KeptInKorean(KoreanBriefing, "통화 결과를 말씀드리겠습니다").ShouldBeFalse();
        KeptInKorean(KoreanBriefing, "조선 분야 협력을 가속화하기로").ShouldBeTrue();
    }

    const string EnglishBriefing = """
        Meeting of External Affairs Minister with the Foreign Minister of Ruritania

        1. External Affairs Minister met the Foreign Minister of Ruritania today and discussed trade.

        Transcript of Special Media Briefing by Official Spokesperson on EAM's meeting with the Foreign Minister of Ruritania

        Official Spokesperson, Shri Arun Mehta: Good evening. I'll take a few questions.

        Question (Ravi, Daily Post): Was the issue of the pipeline raised by the Ruritanian side?

        Official Spokesperson, Shri Arun Mehta: Yes. EAM conveyed our concerns about the delays to the gas pipeline project.
        """;

    [Fact]
    public void The_briefings_heading_and_the_answerers_label_are_not_the_account()
    {
        Kept(EnglishBriefing, "Transcript of Special Media Briefing").ShouldBeFalse();
        Kept(EnglishBriefing, "delays to the gas pipeline project").ShouldBeTrue();
        Claims(EnglishBriefing).ShouldContain(c => c.Text == "Yes." && !c.Debris);
        Claims(KoreanBriefing, "ko").Where(c => !c.Debris).ShouldNotContain(c => c.Text.StartsWith("○", StringComparison.Ordinal));
    }

    [Fact]
    public void A_neighbour_pages_title_before_the_questions_is_no_heading() =>
        EngagementBriefing.Detect("""
            [브리핑] 대변인 정례 브리핑

            이전글 [브리핑] 한-호주 정상회담 결과 브리핑

            ○ 기자: 통화에서 통화스와프 문제도 거론됐습니까?
            """).ShouldBeFalse();

    [Theory]
    [InlineData("○ 기자: 통화에서 통화스와프 문제도 거론됐습니까?", true)]
    [InlineData("Question (Mira, Capital TV): Did the Minister take up the visa rules?", true)]
    [InlineData("- 오늘 구체적으로 합의된 내용이 있습니까?", true)]
    [InlineData("- 내일 일정은 어떻게 됩니까?", false)]
    [InlineData("○ 기자: 다음 주 국무회의에서 산불 대책이 논의된다고 하는데 입장이 있습니까?", false)]
    [InlineData("○ 기자: 통화 내용과 별개로, 개각 시점은 정해졌습니까?", false)]
    [InlineData("Question (Ravi, Daily Post): Any timeline for the census?", false)]
    public void A_question_asks_about_the_engagement_by_naming_it_or_what_was_done_at_it(string question, bool about) =>
        EngagementBriefing.AsksAboutEngagement(question).ShouldBe(about);

    [Fact]
    public void The_speakers_label_is_not_part_of_the_answer()
    {
        EngagementBriefing.AnswerTextAt("Official Spokesperson, Shri Arun Mehta: The subject of energy did come up.")
            .ShouldBe("Official Spokesperson, Shri Arun Mehta: ".Length);
        EngagementBriefing.AnswerTextAt("○ 김민지 대변인: 네, 거론됐습니다.").ShouldBe("○ 김민지 대변인: ".Length);
        EngagementBriefing.AnswerTextAt("The two sides agreed to hold talks.").ShouldBe(0);
    }

    const string AgencyStory = """
        Capital News Agency
        Home > Politics

        Hanoi (CNA) - Minister of Foreign Affairs Tran Van Long held talks in Hanoi on May 4 with the visiting Foreign Minister of Ruritania.

        According to a press release issued by the Ministry of Foreign Affairs after the talks, Long welcomed the first visit of a Ruritanian foreign minister in a decade.

        Long affirmed that the two countries should open a direct air route by the end of the year.

        On economic ties, the minister proposed that the two sides double the quota for rice exports.

        Long suggested the two sides set up a joint committee on seafood standards.

        Two-way trade reached 2 billion USD last year, according to customs data.

        Minister Long raised the treatment of fishermen detained near the disputed islands.

        Two-way trade reached 2 billion USD last year, according to customs data.

        In a statement issued after the talks, the Ruritanian Foreign Ministry said the ministers also discussed a fisheries patrol agreement.
        """;

    [Fact]
    public void A_city_with_the_agencys_initials_and_a_dash_marks_a_news_story()
    {
        NewsArticle.Detect(AgencyStory).ShouldBeTrue();
        NewsArticle.Detect("Hanoi - The ministers met on Tuesday.").ShouldBeFalse();
    }

    [Fact]
    public void The_stories_minister_named_without_a_demonym_speaks_for_the_issuer()
    {
        Kept(AgencyStory, "direct air route").ShouldBeTrue();
        Kept(AgencyStory, "double the quota for rice exports").ShouldBeTrue();
        Kept(AgencyStory, "joint committee on seafood standards").ShouldBeTrue();
        Kept(AgencyStory, "fishermen detained near the disputed islands").ShouldBeTrue();
        // The reporter's background and the other side's ministry, however the sentence opens, are not.
        Kept(AgencyStory, "Two-way trade reached").ShouldBeFalse();
        Kept(AgencyStory, "fisheries patrol agreement").ShouldBeFalse();
    }

    const string LedeWithoutMinister = """
        Capital News Agency

        Hanoi (CNA) - Vietnam and Ruritania agreed to open a consulate in Da Nang, according to a statement from the Vietnamese Ministry of Foreign Affairs.

        According to the ministry's statement, Long proposed a joint survey of the river delta.

        Ruritania is one of Vietnam's oldest partners in Europe.

        Long affirmed that Vietnam would send a trade mission to Ruritania in the autumn.
        """;

    [Fact]
    public void A_speaker_after_the_issuers_attribution_goes_on_speaking_for_it() =>
        Kept(LedeWithoutMinister, "trade mission to Ruritania").ShouldBeTrue();

    [Fact]
    public void The_other_sides_body_is_known_after_an_opening_phrase() =>
        NewsArticle.OtherSidesBody("In a statement issued after the talks, the Ruritanian Foreign Ministry said they met.", "Vietnamese").ShouldBeTrue();

    [Theory]
    [InlineData("The full text of the Joint Press Statement is available on the Documents page.")]
    [InlineData("Excerpts from the Joint Press Statement are reproduced below.")]
    [InlineData("A Joint Press Statement was issued at the conclusion of the Dialogue.")]
    [InlineData("If you continue browsing, we consider that you accept their use.")]
    public void Where_a_text_is_published_and_how_a_briefing_runs_are_debris(string sentence) =>
        Boilerplate.IsDebris(sentence, allowAttribution: false).ShouldBeTrue();

    [Theory]
    [InlineData("I'll take a few questions.")]
    [InlineData("오늘은 정상 통화와 관련된 질문만 받도록 하겠습니다.")]
    [InlineData("지난밤 진행된 한미 정상 통화 결과를 말씀드리겠습니다.")]
    public void A_briefer_framing_the_briefing_says_nothing_of_the_talks(string clause) =>
        Boilerplate.IsDebrisClause(clause).ShouldBeTrue();

    [Fact]
    public void Looking_forward_to_a_summit_names_the_event_in_either_tense()
    {
        TopicsOf("The Ministers looked forward to the next Annual Leaders' Summit.").ShouldContain("leader-visit");
        TopicsOf("They looked forward to the Quad Leaders' Summit to be hosted by India.").ShouldContain("multilateral-summits");
        Kept("The Ministers discussed trade.\n\nThey looked forward to meeting again soon.", "looked forward").ShouldBeFalse();
    }

    [Theory]
    [InlineData("Ministry of Trade, Industry and Energy", true)]
    [InlineData("Department of Foreign Affairs and Trade", true)]
    [InlineData("Japanese Defense Ministry", true)]
    [InlineData("Ministers agree to expand LNG trade", false)]
    public void A_publishers_name_is_told_apart_from_a_headline(string line, bool name) => Boilerplate.IsBodyName(line).ShouldBe(name);

    [Fact]
    public void The_publishers_name_on_the_masthead_covers_no_topic()
    {
        const string korean = """
            산업통상자원부
            Ministry of Trade, Industry and Energy

            양측은 관세 협상의 후속 조치에 대해 협의하였다.
            """;
        Compare("US-USTR", "Korea will purchase $100 billion of U.S. liquefied natural gas.", "en", "KR-MOTIE", korean, "ko")
            .Omissions.ShouldContain(o => o.Topic == "energy" && o.StatedBy == "US-USTR");
    }

    [Fact]
    public void The_rest_of_the_days_programme_is_the_setting() =>
        Claims("양 정상은 교역 확대를 논의했습니다.\n\n회담 이후에는 현지 동포 대표들과 만찬을 함께할 예정입니다.", "ko")
            .Single(c => c.Text.Contains("만찬", StringComparison.Ordinal)).Setting.ShouldBeTrue();

    [Fact]
    public void A_committee_named_after_its_quoted_short_name_is_the_meeting_the_other_side_names_so() =>
        Compare("US-DOW", "The two ministers agreed to hold a \"2+2\" Security Consultative Committee meeting later this year.", "en",
            "JP-MOD", "The two Ministers agreed to hold a Japan-U.S. \"2+2\" meeting within this year.", "en")
            .Omissions.ShouldBeEmpty();
}
