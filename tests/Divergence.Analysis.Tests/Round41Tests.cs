using Divergence.Analysis.Comparison;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 3.13 / taxonomy 2026.42 (round 41). A bracketed photo caption; a list an undertaking is to focus
/// on; immigration pre-clearance as an entry regime; emphatic "no" (spare no effort, no time to lose); talks that "can be
/// concluded" as an aim; Korean "모색" (explore) as still open; a Korean frame after an opening connective; a news lede
/// with an initial and a minister's post; "trade and investment" as a mention of investment; a place both scripts write
/// alike; a near topic from one content word; and wordings of topics. Sentences and names are made up.</summary>
public class Round41Tests
{
    const string CaptionPage = """
        The two foreign ministers held the fifth round of the strategic dialogue in Lahore on Monday.

        [Photo: Deputy Prime Minister Senator Ahmed Khan and Foreign Minister Li Ming shake hands before the Strategic Dialogue at the Governor House, Lahore]

        Both sides agreed to expand cooperation on water management and flood control.
        """;

    [Fact]
    public void A_bracketed_photo_caption_is_debris()
    {
        var caption = Claims(CaptionPage).Where(c => c.Text.Contains("shake hands", StringComparison.Ordinal)).ToList();
        caption.ShouldNotBeEmpty();
        caption.ShouldAllBe(c => c.Debris);
        Kept(CaptionPage, "water management and flood control").ShouldBeTrue();
        Text.Boilerplate.IsDebris("The ministers agreed to exchange photo archives of the war years.").ShouldBeFalse();
    }

    [Fact]
    public void What_a_shared_undertaking_is_to_focus_on_is_detail_of_it()
    {
        const string other = "The two sides agreed to speed up the upgraded economic corridor and its infrastructure projects.";
        ReportsOmissionBy("CN-MFA", "Both sides should build the upgraded economic corridor and its infrastructure projects, focusing on the corridors of growth, livelihood, innovation and green development.",
            "PK-MOFA", other).ShouldBeFalse();
        // Said as its own point, the same area is one the other side left out.
        ReportsOmissionBy("CN-MFA", "Both sides should build the upgraded economic corridor and its infrastructure projects. China also called for new cooperation on green development and emissions cuts.",
            "PK-MOFA", other).ShouldBeTrue();
    }

    [Fact]
    public void Immigration_pre_clearance_is_an_entry_regime_that_exchanges_do_not_answer() =>
        Compare("KR-PO", "양 정상은 상대국 공항에서 출국 전에 입국심사를 마치는 사전 입국심사 제도의 도입을 적극 검토하기로 했습니다.", "ko",
            "JP-PMO", "The two leaders agreed that youth exchanges between Japan and the ROK should be further expanded.", "en").Omissions
            .ShouldContain(o => o.StatedBy == "KR-PO");

    [Theory]
    [InlineData("\"We must spare no effort to reach a just and lasting peace in Ukraine,\" the minister said.")]
    [InlineData("The Prime Minister said there is no time to lose as the families of the abductees are ageing.")]
    public void An_emphatic_no_negates_nothing(string claim) => StanceMarkers.Negated(claim).ShouldBeFalse();

    [Fact]
    public void Sparing_no_effort_for_peace_is_no_framing_against_seeking_it() =>
        Compare("KR-MOFA", "They shared the view that every effort should be made to achieve a just and lasting peace in Ukraine.", "en",
            "IT-MAECI", "\"We must spare no effort to reach a just and lasting peace in Ukraine,\" Tajani said.", "en").Framing.ShouldBeEmpty();

    [Fact]
    public void Talks_that_can_be_concluded_soon_are_not_concluded()
    {
        StanceMarkers.Stances("We agreed to speed up our work so that the negotiations on the partnership agreement can be concluded as soon as possible.")
            .ShouldNotContain("approval");
        StanceMarkers.Stances("The two ministers welcomed that the negotiations on the partnership agreement were concluded last week.")
            .ShouldContain("approval");
        Compare("JP-MOFA", "The two ministers concurred to accelerate negotiations with a view to the early conclusion of the Economic Partnership Agreement.", "en",
            "TR-MFA", "We agreed to speed up our work so that the negotiations on the Economic Partnership Agreement can be concluded as soon as possible.", "en")
            .Framing.ShouldBeEmpty();
    }

    [Fact]
    public void Korean_exploring_opportunities_is_still_open() =>
        StanceMarkers.Stances("양 장관은 중남미 지역에서 양국 간 협력 기회를 함께 모색해 나가기로 하였다.").ShouldContain("open");

    [Fact]
    public void A_korean_frame_after_an_opening_connective_stays_with_its_clause() =>
        Pieces("ㅇ 또한, 양 장관은 정상 간 합의에 따른 잠수함 건조 협력과 관련하여, 양국 관계부처가 참여하는 실무 협의체를 이달 중 공식 출범시키기로 합의하였다.")
            .Length.ShouldBe(1);

    [Fact]
    public void A_lede_may_give_an_initial_before_the_name() =>
        Text.NewsArticle.LedePrincipal("New Delhi, Nov 12 (PTI) External Affairs Minister S Jaishankar on Wednesday held a phone conversation with German Foreign Minister Johann Wadephul.")
            ?.Names.ShouldBe(["Jaishankar"]);

    const string PostStory = """
        PTI | Updated: Nov 12, 2025 21:47 IST

        New Delhi, Nov 12 (PTI) External Affairs Minister S Jaishankar on Wednesday held a phone conversation with German Foreign Minister Johann Wadephul.

        "Also discussed the rail link to the northern ports and the festival of lights," Jaishankar posted.

        Germany is among India's largest trading partners, according to official figures.
        """;

    [Fact]
    public void A_ministers_post_is_his_word()
    {
        Kept(PostStory, "rail link to the northern ports").ShouldBeTrue();
        Claims(PostStory).Where(c => c.Text.Contains("largest trading partners", StringComparison.Ordinal)).ShouldAllBe(c => c.Debris);
    }

    [Fact]
    public void Trade_and_investment_mentions_investment() =>
        Compare("MX-SRE", "\"Korea's companies invest here, and that means jobs for Mexican families,\" the Secretary said.", "en",
            "KR-MOFA", "양 장관은 교역·투자 확대 방안을 논의하였다.", "ko").Omissions.ShouldNotContain(o => o.StatedBy == "MX-SRE");

    [Fact]
    public void A_place_both_scripts_write_alike_is_the_same_point()
    {
        // Each side's model code ("K9", "AS9") is missing from the other: without the shared place both were reported.
        var result = Compare("KR-MND", "양 장관은 호주 질롱(Geelong)에 위치한 공장에서 K9 자주포와 장갑차 생산이 순조롭게 진행되고 있는 것을 환영하였다.", "ko",
            "AU-DOD", "The Ministers welcomed the steady progress of production of the AS9 self-propelled howitzer and the infantry fighting vehicle at the facility in Geelong, Victoria.", "en");
        result.Omissions.ShouldBeEmpty();
    }

    [Fact]
    public void A_person_glossed_before_a_title_is_no_shared_point() =>
        Compare("ES-MAEC", "Albares announced a new scholarship programme for Korean students in Spain.", "en",
            "KR-MOFA", "조현 장관은 알바레스(Albares) 스페인 외교장관과 회담을 가졌다. 양 장관은 기후변화 대응 협력을 강화하기로 하였다.", "ko").Omissions
            .ShouldContain(o => o.StatedBy == "ES-MAEC");

    [Fact]
    public void One_common_word_is_near_no_topic_one_name_may_be()
    {
        Claims("The two sides also exchanged views on international and regional issues of common concern.")
            .ShouldAllBe(c => c.NearTopic == null);
        Claims("The Ministers also discussed working together with Pacific partners.")
            .ShouldContain(c => c.NearTopic == "pacific-islands");
    }

    [Fact]
    public void A_pilgrimage_is_an_item_exchanges_do_not_name() =>
        ReportsOmissionBy("IN-MEA", "The Indian side sought an expansion in the scale of the Kailash Mansarovar Yatra next year.",
            "CN-MFA", "The two sides agreed to promote personnel exchanges and resume direct flights.").ShouldBeTrue();

    [Theory]
    [InlineData("He also said the two militaries should maintain their communication channels in order to avoid misunderstandings.", "de-escalation")]
    [InlineData("The ministers welcomed plans for a further Carrier Strike Group deployment to the region.", "port-calls")]
    [InlineData("The President welcomed progress on the TikTok joint venture.", "tiktok")]
    [InlineData("The Secretary welcomed the ROK's commitment to take on primary responsibility for the conventional defense of the Korean Peninsula.", "defense-buildup")]
    [InlineData("The Secretary welcomed Seoul's readiness to take on primary responsibility for conventional deterrence.", "defense-buildup")]
    [InlineData("The Minister explained Japan's efforts to revise the three security-related documents by the end of the year.", "defense-buildup")]
    [InlineData("They shared information on the joint review of the Mexico-United States-Canada Agreement (T-MEC).", "usmca")]
    [InlineData("They agreed to increase personnel exchanges between their defence academies.", "people-to-people")]
    [InlineData("They reviewed preparations for the visit of German Chancellor Friedrich Merz to India in January.", "leader-visit")]
    [InlineData("The Minister asked the Spanish authorities to ensure the safety of Korean travellers.", "nationals-safety")]
    [InlineData("Minister Cho requested the cooperation of the Mexican government in ensuring their safety during the tournament.", "nationals-safety")]
    [InlineData("The Minister requested continued support for the investment activities of Korean companies in Spain.", "business-environment")]
    public void Wordings_of_topics(string sentence, string topic) => TopicsOf(sentence).ShouldContain(topic);

    [Theory]
    [InlineData("양 장관은 한미 조선협력이 미국 조선산업의 재건에 기여하는 새로운 성장동력이라는 데 공감하였다.", "ukraine-reconstruction")]
    public void Korean_wordings_that_are_not_the_topic(string sentence, string topic) => TopicsOf(sentence, "ko").ShouldNotContain(topic);

    [Theory]
    [InlineData("양 장관은 한반도 방위에서 우리 군의 역할을 점진적으로 확대해 나가기로 하였다.", "defense-buildup")]
    [InlineData("양 장관은 미국·멕시코·캐나다 협정(USMCA) 공동 검토 관련 동향에 대해 정보를 공유하였다.", "usmca")]
    [InlineData("모테기 대신은 연내 안보 관련 3문서 개정을 위한 일본 정부의 노력을 설명하였다.", "defense-buildup")]
    public void Korean_wordings_of_topics(string sentence, string topic) => TopicsOf(sentence, "ko").ShouldContain(topic);
}
