using Divergence.Analysis.Comparison;
using Divergence.Analysis.Text;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.1 (round 19), reading a page: a subject list or appositive before its verb and Korean adjectives
/// joined by "-하고" stay one claim, a spokesperson's briefing appended to a readout is not the readout, a visit's
/// programme in the future tense is setting, an agency's "statement issued by the Prime Minister's Office" is its own
/// side's, and the taxonomy's new and narrowed wordings. Sentences are made up.</summary>
public class Round19Tests
{
    static IReadOnlyList<string> Claims(string sentence) =>
        ClauseSplitter.Split(sentence, new TextSpan(0, sentence.Length)).Select(s => s.Of(sentence)).ToList();

    [Theory]
    [InlineData("The leaders agreed that Japan and the United States, as well as Japan, the United States and the Republic of Korea, will work closely together toward the complete denuclearization of North Korea.")]
    [InlineData("The Minister confirmed that another 3,000 short-range air defence missiles, assembled by a state-owned plant near Lyon, will reach Ukraine before the winter.")]
    [InlineData("양 장관은 중동에서 공정하고 지속 가능한 평화가 실현될 수 있도록 국제사회의 노력을 지지하기로 하였다.")]
    public void A_subject_before_its_verb_and_adjectives_before_their_noun_stay_one_claim(string sentence) =>
        Claims(sentence).ShouldHaveSingleItem();

    [Theory]
    [InlineData("양 장관은 수교 기념행사가 이어지고 있는 것을 환영하고 이를 계기로 양국 국민 간 이해가 깊어지기를 기대하였다.", 2)]
    [InlineData("The ministers reviewed defence cooperation, agreed to expand joint exercises in the region and welcomed progress on the new air route.", 3)]
    public void Clauses_with_their_own_predicates_still_split(string sentence, int claims) =>
        Claims(sentence).Count.ShouldBe(claims);

    const string SpokespersonBriefingAppended = """
        On March 3, Foreign Minister Sergey Lavrov had a telephone conversation with the Foreign Minister of the Republic of Korea.
        The ministers discussed the situation on the Korean Peninsula.
        *   *   *
        From Foreign Ministry Spokeswoman Maria Zakharova's answers to media questions at a news briefing, Moscow, March 3, 2026
        Question: What is Moscow's view of the latest session of the Arctic Council?
        Maria Zakharova: Russia remains committed to the Arctic Council as the main forum for the High North.
        """;

    [Theory]
    [InlineData("From the briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, April 8, 2026\n\nQuestion: What about the Arctic Council?\n\nMaria Zakharova: Russia remains committed to the Arctic Council.\n")]
    [InlineData("Press Conference by Press Secretary (Excerpt), October 30, 2025\n\nQ: Is there any update on Japanese nationals abroad?\n\nPress Secretary: The relevant embassies are in contact with local authorities.\n")]
    public void A_routine_briefing_appended_after_the_readout_is_no_press_appearance(string appended) =>
        PressAppearance.Detect("The two ministers discussed trade and investment.\n\n" + appended).ShouldBeFalse();

    [Fact]
    public void A_bulleted_title_in_a_related_list_stays_a_title_even_when_it_ends_like_a_sentence()
    {
        const string page = "The two ministers discussed support for Ukraine.\n\nRelated:\n- Ministers discuss support for Ukraine (23 February 2026)\n- Kallas: \"Europe must invest more in its own defence\"\n";
        Shared.Analyzer.Analyze(page, "en").Claims.Single(c => c.Text.Contains("invest more", StringComparison.Ordinal)).Debris.ShouldBeTrue();
    }

    [Fact]
    public void A_spokespersons_briefing_appended_to_a_readout_is_not_the_readout()
    {
        PressAppearance.Detect(SpokespersonBriefingAppended).ShouldBeFalse();
        var analysis = Shared.Analyzer.Analyze(SpokespersonBriefingAppended, "en");
        analysis.Claims.Single(c => c.Text.Contains("Arctic Council as", StringComparison.Ordinal)).Debris.ShouldBeTrue();
        analysis.Claims.Single(c => c.Text.Contains("Korean Peninsula", StringComparison.Ordinal)).Debris.ShouldBeFalse();
    }

    [Theory]
    [InlineData("오늘 오후 있었던 한일 정상 통화 결과에 대해 말씀드리겠습니다.", true)]
    [InlineData("Let me brief you on the outcome of this morning's call.", true)]
    [InlineData("양 정상은 통화 결과에 대해 만족을 표하였다.", false)]
    public void A_spoken_briefing_announcing_itself_is_its_frame_not_a_point(string clause, bool debris) =>
        Boilerplate.IsDebrisClause(clause).ShouldBe(debris);

    [Theory]
    [InlineData("They agreed to deepen cooperation not only in the economy and supply chains but also in artificial intelligence.", false)]
    [InlineData("Japan will be treated no less favorably than any other trading partner.", false)]
    [InlineData("The two sides did not reach agreement on tariffs.", true)]
    public void Emphasis_is_not_negation(string claim, bool negated) => StanceMarkers.Negated(claim).ShouldBe(negated);

    [Theory]
    [InlineData("Li said China is ready to implement the important consensus reached by President Xi Jinping and President Lee during their talks.", true)]
    [InlineData("The two sides should implement the important consensus reached by the two heads of state.", true)]
    [InlineData("They agreed to implement the consensus on fentanyl reached in Busan.", false)]
    public void The_leaders_consensus_formula_with_or_without_their_names(string clause, bool formula) =>
        ConsensusFormula.Is(clause).ShouldBe(formula);

    [Theory]
    [InlineData("8. During the visit, EAM will also meet senior members of the Administration and interact with the Indian diaspora.", true)]
    [InlineData("Sergey Lavrov held talks with Wang Yi, who is in Russia on an official visit.", true)]
    [InlineData("면담에는 우리 측에서 국가안보실장과 정책실장 등이 배석했습니다.", true)]
    [InlineData("부총리는 워싱턴에서 미국 재무장관과 양자면담을 가졌다.", true)]
    public void The_visits_programme_and_the_delegation_are_setting(string sentence, bool setting) =>
        EngagementLogistics.Is(sentence).ShouldBe(setting);

    [Theory]
    [InlineData("The President welcomed continued support for the modernization of the Armed Forces of the Philippines (AFP).", false)]
    [InlineData("MANILA (AFP) - The two presidents met on Tuesday.", true)]
    [InlineData("They looked forward to further strengthening cooperation through the Quad.", false)]
    [InlineData("They looked forward to the Prime Minister's visit.", true)]
    [InlineData("President Lee extended his warm congratulations to To Lam on his re-election.", true)]
    public void Agency_credits_and_courtesies_but_not_their_lookalikes_are_debris(string clause, bool debris) =>
        Boilerplate.IsDebrisClause(clause).ShouldBe(debris);

    [Theory]
    [InlineData("Content owned, maintained and updated by the XP Division, Ministry of External Affairs, Government of India.")]
    [InlineData("The content (including but not limited to text and photos) published in this site belongs to www.example.cn.")]
    [InlineData("such content shall not be republished or used in any form.")]
    public void A_sites_ownership_and_reuse_lines_are_debris(string clause) => Boilerplate.IsDebrisClause(clause).ShouldBeTrue();

    [Fact]
    public void A_readout_quoting_its_own_principal_with_he_added_keeps_the_point()
    {
        const string readout = "Li said China is willing to work with Pakistan on the corridor.\n\nChina is willing to import more agricultural products from Pakistan, he added.\n";
        Shared.Analyzer.Analyze(readout, "en").Claims.Single(c => c.Text.Contains("agricultural", StringComparison.Ordinal)).Debris.ShouldBeFalse();
    }

    [Theory]
    [InlineData("During the visit, the Minister will call on Prime Minister Carney and meet members of the Indian community.", true)]
    [InlineData("During the visit, the Minister is scheduled to call on President Prabowo.", true)]
    [InlineData("The Minister will call on the Vice President and agreed to expand trade in pharmaceuticals.", false)]
    public void A_visits_programme_ahead_is_setting(string sentence, bool setting) =>
        EngagementLogistics.Is(sentence).ShouldBe(setting);

    const string AgencyStory = """
        Yonhap News Agency
        By Lee Min-ji

        SEOUL, May 4 (Yonhap) -- Foreign Minister Cho Hyun held phone talks with his Japanese counterpart on Monday, the foreign ministry said.

        During the call, Cho and Motegi agreed to hold the next round of shuttle diplomacy soon, according to the ministry.

        Cho expressed Seoul's support for Japan's hosting of the Asian Games this autumn.

        hjlee@yna.co.kr
        (END)
        """;

    const string AgencyStoryByTitle = """
        APP | Associated Press of Pakistan
        By Staff Reporter

        ISLAMABAD, March 3 (APP): Deputy Prime Minister Ishaq Dar on Tuesday held a telephone conversation with the Foreign Minister of Turkiye.

        According to a press release issued by the Foreign Office, both leaders reaffirmed their strategic partnership.

        The Deputy Prime Minister reaffirmed Pakistan's support for a ceasefire in Gaza.
        """;

    [Fact]
    public void After_the_issuer_is_quoted_a_sentence_led_by_its_ministers_title_reports_the_issuer() =>
        Shared.Analyzer.Analyze(AgencyStoryByTitle, "en").Claims.Single(c => c.Text.Contains("Gaza", StringComparison.Ordinal)).Debris.ShouldBeFalse();

    [Fact]
    public void A_minister_leading_an_attributed_sentence_with_a_counterpart_speaks_for_the_issuer_in_what_follows() =>
        Shared.Analyzer.Analyze(AgencyStory, "en").Claims.Single(c => c.Text.Contains("Asian Games", StringComparison.Ordinal)).Debris.ShouldBeFalse();

    [Theory]
    [InlineData("According to a statement issued by the Prime Minister's Office (PMO), the two leaders agreed to expand cooperation in semiconductors.", true)]
    [InlineData("According to a statement issued by the US State Department, the two sides discussed tariffs.", false)]
    [InlineData("According to a statement issued by Japan's Foreign Ministry, the two sides discussed tariffs.", false)]
    public void An_agency_citing_its_own_governments_statement_reports_the_issuer(string sentence, bool attributed) =>
        NewsArticle.AttributedToIssuer(sentence).ShouldBe(attributed);

    [Theory]
    [InlineData("The officials discussed building on the outcomes of last October's leaders' summit in Busan.", "leader-visit", false)]
    [InlineData("The President looks forward to welcoming the Prime Minister to the White House this summer.", "leader-visit", true)]
    [InlineData("They agreed to deepen cooperation in artificial intelligence, space, civil nuclear energy and quantum technology.", "space", true)]
    [InlineData("Both sides called for creating space for dialogue between the parties.", "space", false)]
    [InlineData("양 장관은 인공지능, 우주, 원자력, 반도체 등 전략 분야에서 협력을 확대하기로 하였다.", "energy", true)]
    [InlineData("The ministers welcomed the cultural and academic events held to mark the anniversary.", "people-to-people", true)]
    [InlineData("The Minister hoped the bullet train line would open without further delay.", "development-cooperation", true)]
    [InlineData("양국은 G20 등 다자 무대에서도 긴밀히 공조해 나가기로 하였다.", "multilateral-summits", false)]
    [InlineData("양 정상은 70여 년의 동맹 역사를 높이 평가하였다.", "history", false)]
    [InlineData("양 장관은 위안부 문제 등 역사 현안을 논의하였다.", "history", true)]
    [InlineData("조 장관은 우리 조선사들이 인도의 조선 클러스터 사업에 참여할 수 있도록 협력하자고 하였다.", "shipbuilding", true)]
    [InlineData("The two sides agreed to expand cooperation between defence start-ups under the INDUS-X platform.", "indus-waters", false)]
    [InlineData("India will not hold the Indus Waters Treaty in abeyance forever.", "indus-waters", true)]
    [InlineData("박 차관은 관세·투자 분야 합의 사항이 호혜적으로 이행되어야 한다고 하였다.", "trade-deal", true)]
    [InlineData("Wang Yi warned against moves in Japan to revisit the three non-nuclear principles.", "nonproliferation", true)]
    [InlineData("The Secretary and the Minister agreed to co-produce anti-tank guided missiles in India.", "arms-purchases", true)]
    [InlineData("Both sides welcomed progress in clearing bombs and mines left over from the war.", "war-remains", true)]
    [InlineData("The two leaders agreed that shuttle diplomacy between them continues.", "leader-visit", true)]
    [InlineData("양 정상은 셔틀 외교를 지속해 나가기로 하였다.", "leader-visit", true)]
    [InlineData("구 부총리는 베선트 미국 재무장관과 면담을 가졌다.", "militarism", false)]
    [InlineData("중국은 일본의 재무장 움직임에 우려를 표명하였다.", "militarism", true)]
    [InlineData("양측은 경쟁적 평가절하를 자제한다는 약속을 재확인하였다.", "de-escalation", false)]
    [InlineData("양 장관은 북한이 추가 도발을 자제할 것을 촉구하였다.", "de-escalation", true)]
    [InlineData("Pakistan will spare no effort to ensure the safety and security of Chinese personnel and projects.", "nationals-safety", true)]
    [InlineData("양 정상은 미래 세대인 청년들 간의 교류를 확대하기로 했습니다.", "people-to-people", true)]
    [InlineData("양 정상은 탄광 현장에서 수습된 유해에 대한 DNA 감정 작업이 진전되도록 협력하기로 했습니다.", "war-remains", true)]
    [InlineData("They agreed to advance the DNA analysis of the remains recovered at the former mine.", "war-remains", true)]
    [InlineData("The visit prepared the trip to China that Federal Chancellor Merz is planning to make next year.", "leader-visit", true)]
    [InlineData("He asked the government to keep supporting RoK businesses so that they can operate stably in the country.", "business-environment", true)]
    [InlineData("With our NATO Allies investing more in our collective defence, the Alliance is stronger.", "investment", false)]
    [InlineData("They welcomed Japanese companies investing more in Australian critical minerals.", "investment", true)]
    public void New_and_narrowed_wordings(string sentence, string topic, bool tagged) =>
        Shared.Analyzer.Taxonomy.Topics.Where(t => t.Matches(sentence)).Select(t => t.Id).Contains(topic).ShouldBe(tagged);
}
