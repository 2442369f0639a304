using Divergence.Analysis.Text;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.2 (round 20), reading a page: a title after "U.S." names the title's country, an agency's story
/// is known by its credit line, the body it first cites is the issuer's, and a paragraph goes on with its source.
/// Sentences are made up.</summary>
public class Round20Tests
{
    static IReadOnlyList<string> Sentences(string text) => SentenceSplitter.Split(text).Select(s => s.Of(text)).ToList();

    [Theory]
    [InlineData("The Foreign Minister held a phone call with U.S. Secretary of State Marco Rubio on the morning of June 19.")]
    [InlineData("Defense Minister Koizumi and U.S. Secretary of War Hegseth agreed to upgrade the command.")]
    public void A_title_after_US_names_the_titles_country(string sentence) =>
        Sentences(sentence).ShouldHaveSingleItem();

    [Theory]
    [InlineData("The minister welcomed Korea's strategic investment in the U.S. Secretary Rubio concurred.")]
    [InlineData("The two ministers met in the U.S. The talks lasted an hour.")]
    public void A_sentence_still_ends_after_the_US_used_as_a_noun(string text) =>
        Sentences(text).Count.ShouldBe(2);

    const string AgencyStory = """
        Ministers agree to speed up command upgrade

        KYODO
        Mar 3, 2026

        TOKYO - The two defence ministers agreed Tuesday to speed up the upgrade of the joint command, the Japanese Defense Ministry said.

        The minister raised the radar incident over the East China Sea, the ministry said. Both sides confirmed that the treaty covers the remote islands.

        Allies have been pressed to raise defence spending to 3.5 percent of output, a benchmark adopted in Europe last year.

        The Chinese Foreign Ministry said the talks were aimed at containing China.
        """;

    static bool Kept(string page, string words) =>
        Shared.Analyzer.Analyze(page, "en").Claims.Where(c => c.Text.Contains(words, StringComparison.Ordinal)).All(c => !c.Debris);

    [Fact]
    public void An_agencys_name_on_its_own_line_marks_a_news_story() =>
        NewsArticle.Detect("Ministers meet\n\nKYODO\nMar 3, 2026\n\nThe ministers met, the ministry said.\n").ShouldBeTrue();

    [Fact]
    public void An_agencys_copyright_line_marks_a_news_story() =>
        NewsArticle.Detect("The ministers met, the ministry said.\n\n(c) Kyodo News. Reproduction without permission is prohibited.\n").ShouldBeTrue();

    [Fact]
    public void A_government_page_is_no_news_story() =>
        NewsArticle.Detect("Secretary Rubio met Foreign Minister Cho today.\n\nThe two ministers discussed trade.\n").ShouldBeFalse();

    [Fact]
    public void The_body_an_agency_story_first_cites_speaks_for_the_issuer()
    {
        Kept(AgencyStory, "speed up the upgrade").ShouldBeTrue();
        Kept(AgencyStory, "radar incident").ShouldBeTrue();
    }

    [Fact]
    public void A_sentence_after_an_attributed_one_in_the_same_paragraph_goes_on_with_it() =>
        Kept(AgencyStory, "treaty covers the remote islands").ShouldBeTrue();

    [Fact]
    public void The_reporters_background_and_another_countrys_body_are_not_the_issuers()
    {
        Kept(AgencyStory, "3.5 percent").ShouldBeFalse();
        Kept(AgencyStory, "containing China").ShouldBeFalse();
    }

    [Fact]
    public void A_reporters_gloss_in_the_present_tense_does_not_go_on_with_the_quote()
    {
        const string page = "Ministers meet\n\nKYODO\n\nThe minister urged respect for the partnership, the Japanese Foreign Ministry said. Tokyo often uses the phrase to refer to the fishing dispute.\n";
        Kept(page, "urged respect").ShouldBeTrue();
        Kept(page, "often uses the phrase").ShouldBeFalse();
    }

    [Fact]
    public void A_korean_releases_subtitle_between_dashes_is_its_heading()
    {
        const string page = "여한구 통상교섭본부장, 미국 무역대표와 통상장관 회담 개최\n- 관세·투자 합의 이행 점검, 반도체·철강 관세 및 비자 제도 개선 등 현안 논의 -\n\n□ 여 본부장은 비자 제도 개선에 미 측이 협조해 줄 것을 요청하였다.\n";
        var claims = Shared.Analyzer.Analyze(page, "ko").Claims;
        claims.Single(c => c.Text.Contains("현안 논의", StringComparison.Ordinal)).Debris.ShouldBeTrue();
        claims.Single(c => c.Text.Contains("요청하였다", StringComparison.Ordinal)).Debris.ShouldBeFalse();
    }

    [Fact]
    public void An_acknowledgement_of_elders_past_and_present_is_the_sites_notice() =>
        Boilerplate.IsDebris("We pay our respect to their Elders past and present and extend that respect to all First Nations peoples today.").ShouldBeTrue();

    [Theory]
    [InlineData("As you know, the Minister and his counterpart held the 18th Strategic Dialogue this morning.", true)]
    [InlineData("The Secretary, who arrived in Manila on Tuesday, was accorded arrival honors at the camp before the meeting.", true)]
    [InlineData("The Secretary hosted the visiting Minister of Defense for a bilateral meeting on Thursday, during the Minister's first official visit to the country.", true)]
    [InlineData("The Minister stated that he was pleased to visit the Philippines on his first trip to Southeast Asia as Minister.", true)]
    [InlineData("The two ministers held talks this morning and agreed to expand joint exercises in the South China Sea.", false)]
    public void Arrivals_hosting_and_the_dialogue_itself_are_setting(string sentence, bool setting) =>
        EngagementLogistics.Is(sentence).ShouldBe(setting);

    [Theory]
    [InlineData("The Secretary urged Japan to move swiftly toward investing 3.5 percent of GDP in core defense.", "investment", false)]
    [InlineData("The Secretary welcomed Japan's plan to invest 550 billion dollars in American industry.", "investment", true)]
    [InlineData("The two top diplomats reaffirmed that the robust ROK-U.S. alliance serves as the cornerstone of peace.", "alliance-commitments", true)]
    [InlineData("After the talks, the two heads of state witnessed the signing of cooperation documents.", "leader-call", false)]
    [InlineData("The two sides should make good preparations for the exchanges between the two heads of state next year.", "leader-call", true)]
    [InlineData("They discussed preparations for the meeting between the two heads of state in Beijing in April.", "leader-visit", true)]
    [InlineData("조 장관은 후쿠시마 원전 오염수 방류와 관련하여 모니터링 정보를 투명하게 공유해 줄 것을 요청하였다.", "energy", false)]
    [InlineData("양 장관은 원전 수출과 재생에너지 분야 협력을 확대하기로 하였다.", "energy", true)]
    [InlineData("양측은 지난해 11월 양국 정상이 발표한 한미 정상회담 공동 설명자료의 후속 조치가 착실히 이행되고 있음을 평가하였다.", "leader-visit", false)]
    [InlineData("양 정상은 내년 상반기 정상회담을 개최하기로 하였다.", "leader-visit", true)]
    [InlineData("이번 회담은 지난해 양국 정상 간 합의를 토대로 발표된 설명자료의 이행 상황을 점검하기 위해 마련되었다.", "leader-call", false)]
    [InlineData("양 장관은 정상 간 합의가 조속히 이행되어야 한다는 데 공감하였다.", "leader-call", true)]
    [InlineData("The Ambassador urged Korea to ensure that its pending online platform legislation does not discriminate against U.S. companies.", "digital-economy", true)]
    [InlineData("He pressed for a prompt decision permitting the export of high-precision location-based map data.", "digital-economy", true)]
    [InlineData("여 본부장은 정밀지도 반출 문제에 대한 우리 측 입장을 설명하였다.", "digital-economy", true)]
    [InlineData("He called on Korea to ensure that American innovative medicines are reimbursed at fair value.", "health", true)]
    [InlineData("양측은 약가 제도 개선 방안을 논의하였다.", "health", true)]
    [InlineData("양 정상은 국방 당국 간 직통전화를 활성화해 우발적 충돌을 방지하기로 했습니다.", "de-escalation", true)]
    [InlineData("The Minister stressed close cooperation with the North Atlantic Treaty Organization.", "inter-korean-relations", false)]
    [InlineData("The Minister explained the government's efforts to resume dialogue with the North.", "inter-korean-relations", true)]
    [InlineData("They made progress in following up on the Joint Fact Sheet adopted on the basis of last October's summit between the two Presidents.", "leader-visit", false)]
    [InlineData("The discharge of treated water continues with the IAEA's ongoing involvement.", "iran-nuclear", false)]
    [InlineData("They stressed that Iran must restore full cooperation with the IAEA.", "iran-nuclear", true)]
    public void New_and_narrowed_wordings(string sentence, string topic, bool tagged) =>
        Shared.Analyzer.Taxonomy.Topics.Where(t => t.Matches(sentence)).Select(t => t.Id).Contains(topic).ShouldBe(tagged);

    [Theory]
    [InlineData("양 장관은 한반도의 평화와 비핵화를 위해 긴밀히 공조해 나가기로 하였다.", "denuclearization:of-korean-peninsula")]
    [InlineData("양 장관은 북한의 완전한 비핵화를 위해 긴밀히 공조해 나가기로 하였다.", "denuclearization:of-north-korea")]
    [InlineData("조 장관은 후쿠시마 오염수 방류 과정의 정보를 공유해 줄 것을 요청하였다.", "food-import-restrictions:contaminated")]
    [InlineData("The Minister explained that the discharge of ALPS treated water continues safely.", "food-import-restrictions:treated")]
    public void Qualifiers_read_across_a_conjunction_and_for_the_water_discharge(string sentence, string qualifier) =>
        Shared.Analyzer.Analyze(sentence, Language.Guess(sentence)).Claims.SelectMany(c => c.Qualifiers).ShouldContain(qualifier);

    [Theory]
    [InlineData("양측은 첫 번째 투자 프로젝트 선정을 위한 협의를 가속화하기로 하였다.")]
    [InlineData("They agreed to accelerate consultations on selecting the first investment projects.")]
    public void Speeding_up_consultations_is_still_talking(string claim) =>
        Divergence.Analysis.Comparison.StanceMarkers.Stances(claim).ShouldContain("open");

    [Fact]
    public void A_bulleted_subject_heading_before_a_colon_is_not_the_claims_wording()
    {
        const string page = "Outcome of the meeting\n\n- the situation on the Korean Peninsula: the two ministers reaffirmed their commitment to the complete denuclearization of North Korea.\n";
        var claim = Shared.Analyzer.Analyze(page, "en").Claims.Single(c => c.Text.Contains("denuclearization", StringComparison.Ordinal));
        claim.Text.ShouldStartWith("the two ministers");
        claim.Qualifiers.ShouldNotContain("denuclearization:of-korean-peninsula");
    }
}
