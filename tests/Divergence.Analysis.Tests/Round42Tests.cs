using Divergence.Analysis.Comparison;
using Divergence.Analysis.Text;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 3.14 / taxonomy 2026.43 (round 42). A spokesperson's answers on the meeting as the page; an example
/// between a subject and its verb; a named operation; a judgement of the point before it; a reduced relative clause; a
/// guest welcomed on a first visit; a bare invitation; keeping in touch through visits and calls in Korean; caption and
/// republishing notes; the DPRK by its full name; a Korean code with a hyphen; a clause that points back; a compliment; the presidents' understandings as a formula; and wordings of topics. Sentences and names are made up.</summary>
public class Round42Tests
{
    const string AnswersOnTheMeeting = """
        Home > Spokesperson's Remarks
        Foreign Ministry Spokesperson Answers Questions on Minister Zhao's Meeting with Foreign Minister Lindqvist
        Updated: March 3, 2026 09:10

        Q: On March 2, Foreign Minister Zhao met Foreign Minister Lindqvist in Stockholm. Could you share more details about the meeting?

        A: Zhao said China is ready to expand imports of Nordic seafood and to resume the joint research station in the Arctic.

        Q: Did the two ministers discuss the detained shipping crew?

        A: Zhao asked the Swedish side to release the crew of the fishing vessel without delay.

        Q: What is your comment on the weather forecast for the spring festival?

        A: I would refer you to the competent authorities.
        """;

    [Fact]
    public void A_spokespersons_answers_on_the_meeting_are_the_issuers_account()
    {
        EngagementBriefing.Detect(AnswersOnTheMeeting).ShouldBeTrue();
        Kept(AnswersOnTheMeeting, "imports of Nordic seafood").ShouldBeTrue();
        Kept(AnswersOnTheMeeting, "release the crew").ShouldBeTrue();
        Kept(AnswersOnTheMeeting, "competent authorities").ShouldBeFalse();
        Kept(AnswersOnTheMeeting, "Could you share more details").ShouldBeFalse();
    }

    [Fact]
    public void Asking_whether_they_discuss_a_subject_asks_about_the_engagement() =>
        EngagementBriefing.AsksAboutEngagement("Q: Did the two ministers discuss the detained shipping crew?").ShouldBeTrue();

    [Fact]
    public void An_example_between_a_subject_and_its_verb_stays_with_them()
    {
        Pieces("The Secretary noted that progress on defense industrial cooperation, including any path toward a return to the jet program, depends on resolving the issue of the missile system.")
            .Length.ShouldBe(1);
        // An example at the end of the clause is its own piece, as before.
        Pieces("The Secretary noted steady progress on defense industrial cooperation between the two countries, including a path toward a return to the jet program.")
            .Length.ShouldBe(2);
    }

    [Fact]
    public void A_named_operation_the_other_side_never_names_is_left_out() =>
        ReportsOmissionBy("PL-MSZ", "Minister Nowak thanked the US side for its contribution to NATO's Northern Lantern operation.",
            "US-DOS", "The Secretary and the Foreign Minister discussed NATO's deterrence on the eastern flank.").ShouldBeTrue();

    [Fact]
    public void A_judgement_of_a_shared_point_is_no_point_of_its_own()
    {
        const string stating = "The ministers welcomed the signing of the construction contract for the first nuclear power plant in Pomerania. \"This is the largest investment in the history of our economic relations,\" Minister Nowak stressed.";
        const string other = "The Secretary and the Foreign Minister discussed the construction contract for Poland's first nuclear power plant.";
        ReportsOmissionBy("PL-MSZ", stating, "US-DOS", other).ShouldBeFalse();
        // Said on its own, the investment is a point the other side left out.
        ReportsOmissionBy("PL-MSZ", "The ministers welcomed the signing of the construction contract for the first nuclear power plant in Pomerania. Minister Nowak also announced the largest investment in the history of our economic relations.",
            "US-DOS", other).ShouldBeTrue();
    }

    [Fact]
    public void When_and_why_an_operation_began_is_detail_of_it()
    {
        const string other = "The Secretary and the Foreign Minister discussed NATO's Northern Lantern operation on the eastern flank.";
        ReportsOmissionBy("PL-MSZ", "Minister Nowak thanked the US side for its contribution to NATO's Northern Lantern operation, launched after Russian drones violated Polish airspace in September.",
            "US-DOS", other).ShouldBeFalse();
        ReportsOmissionBy("PL-MSZ", "Minister Nowak thanked the US side for its contribution to NATO's Northern Lantern operation. Russian drones violated Polish airspace in September.",
            "US-DOS", other).ShouldBeTrue();
    }

    [Fact]
    public void A_warm_welcome_on_a_first_visit_is_setting()
    {
        EngagementLogistics.WelcomesVisit("Prime Minister Starmer extended a warm welcome to Prime Minister Takaichi on her first visit to the United Kingdom since taking office.")
            .ShouldBeTrue();
        EngagementLogistics.WelcomesVisit("Prime Minister Starmer extended a warm welcome to the plan for a new trade office in Osaka.").ShouldBeFalse();
    }

    [Fact]
    public void Keeping_in_touch_through_visits_and_calls_in_Korean_is_a_courtesy()
    {
        var claims = Claims("양 장관은 앞으로도 외교장관 간 상호 방문과 전화 통화 등을 통해 각급에서 긴밀한 소통을 지속해 나가기로 하였다.", "ko");
        claims.ShouldNotBeEmpty();
        claims.ShouldAllBe(c => c.Debris);
        Claims("양 장관은 상호 방문을 통해 국방 협력을 강화해 나가기로 하였다.", "ko").ShouldContain(c => !c.Debris);
    }

    [Theory]
    [InlineData("[Photo caption] The two presidents at the talks in Hanoi, December 4, 2025 - Photo: VGP")]
    [InlineData("Please cite \"VGP News\" when reproducing articles.")]
    public void Caption_and_republishing_notes_are_debris(string line) => Boilerplate.IsDebris(line).ShouldBeTrue();

    [Fact]
    public void A_clause_that_points_back_is_on_its_antecedents_topics()
    {
        Claims("They also exchanged views on the Iranian nuclear issue, agreeing that it should be resolved through political and diplomatic means and that force cannot solve the problem.")
            .ShouldContain(c => c.Text.StartsWith("agreeing", StringComparison.Ordinal) && c.Topics.Contains("iran-nuclear"));
        Claims("Wang Yi said the erroneous remarks on Taiwan by Japanese leaders had crossed a red line. Japan must retract these remarks and honor its political commitments.")
            .ShouldContain(c => c.Text.StartsWith("Japan must retract", StringComparison.Ordinal) && c.Topics.Contains("taiwan-strait"));
        // Nothing points back: the clause keeps no topic of its own.
        Claims("They also exchanged views on the Iranian nuclear issue, and agreed to hold the next round of consultations in Moscow in the autumn.")
            .ShouldContain(c => c.Text.Contains("next round", StringComparison.Ordinal) && c.Topics.Count == 0);
        // "they" is the ministers, and a relative clause is a modifier: neither takes the topic.
        Claims("They also exchanged views on the Iranian nuclear issue, and they agreed to hold the next round of consultations in Moscow in the autumn.")
            .ShouldContain(c => c.Text.Contains("next round", StringComparison.Ordinal) && c.Topics.Count == 0);
        Claims("They also exchanged views on the Iranian nuclear issue at some length, which this year marks the tenth round of consultations between the two ministries.")
            .ShouldContain(c => c.Text.Contains("tenth round", StringComparison.Ordinal) && c.Topics.Count == 0);
    }

    [Fact]
    public void Named_ministers_keeping_in_touch_ahead_of_a_meeting_is_a_courtesy()
    {
        Claims("The Foreign Secretary and Foreign Minister Cho agreed to maintain close contact ahead of the UK-ROK Strategic Dialogue later this year.")
            .ShouldAllBe(c => c.Debris);
        Claims("The Foreign Secretary and Foreign Minister Cho agreed to maintain close contact on the evacuation of nationals from the region.")
            .ShouldContain(c => !c.Debris);
    }

    [Fact]
    public void What_the_counterpart_is_to_the_speaker_is_a_compliment()
    {
        Claims("President Lee said the RoK regards Viet Nam as one of its most important partners in ASEAN and wishes to grow together with Viet Nam.")
            .ShouldAllBe(c => c.Debris);
        Claims("President Lee said the RoK regards Viet Nam's request for more seasonal workers as a priority for next year.")
            .ShouldContain(c => !c.Debris);
    }

    [Fact]
    public void A_korean_leaders_call_is_the_engagement_itself() =>
        EngagementLogistics.Is("이재명 대통령은 오늘 오전 8시 30분부터 약 40분간 도널드 트럼프(Donald Trump) 미국 대통령과 정상통화를 했습니다.").ShouldBeTrue();

    [Fact]
    public void The_consensus_of_the_two_presidents_is_the_leaders_consensus() =>
        Analyzer.Taxonomy.Matching("Brazil is ready to work with China to implement the consensus of the two presidents.")
            .Select(t => t.Id).ShouldContain("leader-call");

    [Fact]
    public void Putting_the_presidents_understandings_into_practice_is_the_consensus_formula() =>
        ConsensusFormula.Is("Both ministers emphasized their commitment to putting into practice the understandings reached by the two Presidents").ShouldBeTrue();

    [Theory]
    [InlineData("Minister Nowak said no other NATO member spends more on defence in relation to its GDP.")]
    [InlineData("Minister Nowak said Poland is determined to fulfil the defence investment commitment adopted in The Hague.")]
    public void Defence_spending_in_other_words_answers_a_share_of_GDP(string other) =>
        Compare("US-DOS", "The Secretary commended Poland's defense spending of nearly five percent of GDP.", "en", "PL-MSZ", other, "en", 0)
            .Omissions.ShouldNotContain(o => o.StatedBy == "US-DOS" && o.Topic == "defense-spending");

    [Fact]
    public void A_survey_of_areas_takes_no_stance_on_any_of_them()
    {
        var result = Compare("JP-MOFA", "The two ministers also exchanged views on the situation in Ukraine and the Middle East.", "en",
            "US-DOS", "The Secretary thanked Japan for its pledge to support the rebuilding of Gaza under the new peace board.", "en");
        result.Framing.ShouldNotContain(f => f.Topic == "middle-east");
    }

    [Fact]
    public void The_denuclearization_of_the_DPRK_by_its_full_name_is_of_North_Korea() =>
        Compare("JP-MOFA", "The Ministers confirmed that they would work closely together toward the complete denuclearization of North Korea.", "en",
            "PH-DFA", "The Secretaries agreed to work closely towards the complete denuclearization of the Democratic People's Republic of Korea.", "en")
            .Framing.ShouldBeEmpty();

    [Fact]
    public void A_bare_invitation_to_visit_is_a_courtesy()
    {
        EngagementLogistics.InvitesAtConvenientTime("Minister Kim invited Federal Minister Reiche to visit Korea.").ShouldBeTrue();
        EngagementLogistics.InvitesAtConvenientTime("Minister Kim invited Federal Minister Reiche to visit Korea to open the hydrogen plant in Ulsan.").ShouldBeFalse();
    }

    [Fact]
    public void A_korean_code_with_a_hyphen_is_the_name_the_english_side_spells_out() =>
        Compare("KR-MND", "양 장관은 한미 국방상호조달협정(RDP-A)이 조속히 체결될 수 있도록 노력하기로 하였다.", "ko",
            "US-DOW", "They agreed to work toward the early conclusion of a Reciprocal Defense Procurement Agreement.", "en", 0)
            .Omissions.ShouldNotContain(o => o.StatedBy == "KR-MND");

    [Theory]
    [InlineData("Minister Fidan said Türkiye is determined to fulfil the defence investment commitment adopted in The Hague.", "defense-spending")]
    [InlineData("Secretary Rubio stated that the commitment of the United States to the defense of Japan is unwavering.", "alliance-commitments")]
    [InlineData("Minister Park raised the immigration raid at a battery plant construction site in Georgia.", "nationals-safety")]
    [InlineData("The Ministers agreed to accelerate efforts toward Türkiye's return to the F-35 programme.", "arms-purchases")]
    [InlineData("The two agreed that aid must keep reaching the civilian population of the Strip.", "humanitarian")]
    [InlineData("They agreed to expand the employment of Vietnamese workers in the RoK under the Employment Permit System.", "labour-mobility")]
    [InlineData("Viet Nam supports the RoK's efforts towards the resumption of inter-Korean dialogue.", "dprk-dialogue")]
    [InlineData("The two ministers agreed to expand cooperation in new security domains, such as space and cyberspace.", "space")]
    [InlineData("Minister Motegi stated that Japan supports India's hosting of the next Japan-Australia-India-U.S. (Quad) Leaders' Meeting.", "multilateral-summits")]
    [InlineData("The two sides agreed to work together to protect the rights and interests of each other's citizens, including multicultural families.", "nationals-safety")]
    [InlineData("The leaders expressed deep concern about military cooperation that violates multiple U.N. Security Council resolutions.", "sanctions-implementation")]
    [InlineData("The Minister reiterated Türkiye's expectation for concrete steps regarding FETÖ members residing in the United States.", "counterterrorism")]
    [InlineData("The Ministers reviewed progress on the aero-engines.", "arms-purchases")]
    public void Wordings_of_topics(string sentence, string topic) => TopicsOf(sentence).ShouldContain(topic);

    [Theory]
    [InlineData("Minister Fidan said Türkiye is determined to fulfil the defence investment commitment adopted in The Hague.", "investment")]
    [InlineData("Minister Park raised the immigration raid at a battery plant construction site in Georgia.", "europe-neighbourhood")]
    [InlineData("The ministry said the two ministers spent much of the meeting on the Georgia case.", "europe-neighbourhood")]
    [InlineData("Minister Park raised the detention of Korean workers in Georgia last month.", "europe-neighbourhood")]
    [InlineData("The Secretary thanked Japan for its pledge to support Gaza reconstruction under the new board.", "ukraine-reconstruction")]
    [InlineData("The Secretary reaffirmed extended deterrence backed by the full range of capabilities, including nuclear, conventional, and missile defense capabilities.", "air-defence")]
    public void Wordings_that_are_not_the_topic(string sentence, string topic) => TopicsOf(sentence).ShouldNotContain(topic);

    [Theory]
    [InlineData("양 장관은 조선 협력 프로젝트를 위해 미국 내 조선소 투자, 숙련 인력 양성, 조선 공급망 재건 등 사업을 발굴해 나가기로 하였다.", "ukraine-reconstruction")]
    [InlineData("이 대통령은 원자력발전, 고속철도 등 베트남의 핵심 인프라 사업에 우리 기업이 참여할 수 있도록 관심을 당부했다.", "undersea-infrastructure")]
    [InlineData("헤그세스 장관은 핵, 재래식, 미사일 방어 및 첨단 비핵 능력 등 모든 범주의 군사능력을 운용하여 확장억제를 제공하겠다는 공약을 재확인하였다.", "air-defence")]
    public void Korean_wordings_that_are_not_the_topic(string sentence, string topic) => TopicsOf(sentence, "ko").ShouldNotContain(topic);

    [Theory]
    [InlineData("정부는 대(對)우크라이나 인도적 지원을 지속하는 한편 재건 협력에도 적극 참여해 나갈 것이라고 밝혔다.", "ukraine-reconstruction")]
    [InlineData("양 장관은 전후 재건 과정에서 우리 기업의 참여 방안을 논의하였다.", "ukraine-reconstruction")]
    [InlineData("양 장관은 전쟁으로 파괴된 기반시설의 재건 지원을 우크라이나 측과 논의하였다.", "ukraine-reconstruction")]
    [InlineData("양 장관은 한국형 미사일 방어 체계와 관련한 협력을 강화하기로 하였다.", "air-defence")]
    [InlineData("앞으로 인공지능(AI), 디지털, 보건·의료 등 신산업 분야로 협력을 다변화해 나가기로 하였다.", "digital-economy")]
    [InlineData("양국 기업과 연구기관 간 협력을 지원해 나가기로 하였다.", "education-science")]
    public void Korean_wordings_of_topics(string sentence, string topic) => TopicsOf(sentence, "ko").ShouldContain(topic);
}
