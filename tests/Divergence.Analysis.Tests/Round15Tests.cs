using Divergence.Analysis.Topics;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 1.7 (round 15): a news article speaks for the issuer through its department or its acronym too,
/// a reason clause stays with the point it explains, a briefing's heading opens its questions and answers, a Korean
/// photo notice is a site notice and a Korean welcome of the present visit a courtesy, and taxonomy 2026.17 reads a
/// few more wordings of what it already knows. Sentences are made up.</summary>
public class Round15Tests
{
    const string NewsStory = """
Home / Nation
PH, US vow closer ties as envoys meet
By Carla Mendoza
March 4, 2026 - 07:15 AM

MANILA, Philippines - Foreign Affairs Secretary Ma. Elena Santos and her US counterpart reaffirmed the alliance under the Mutual Defense Treaty during talks in Washington, the Department of Foreign Affairs (DFA) said.

In a statement released on Tuesday, the DFA said Santos raised the harassment of Filipino fishermen near the shoal.

The two also discussed "more US support for coast guard training," the department added.

Both sides agreed to hold a maritime dialogue in Manila in May, it added.

The State Department, in its own readout, said the two sides discussed critical minerals.

Analysts said the visit came amid tensions over tariffs.
""";

    static List<string> IssuerClaims(string text, string language = "en") =>
        Shared.Analyzer.Analyze(text, language).Claims.Where(c => !c.Debris).Select(c => c.Text).ToList();

    [Fact]
    public void A_news_article_speaks_for_the_issuer_through_its_department_or_acronym()
    {
        var claims = IssuerClaims(NewsStory);
        claims.ShouldContain(c => c.Contains("Mutual Defense Treaty"));
        claims.ShouldContain(c => c.Contains("harassment of Filipino fishermen"));
        claims.ShouldContain(c => c.Contains("coast guard training"));
        // "..., it added." continues the department's account.
        claims.ShouldContain(c => c.Contains("maritime dialogue"));
        // The other side's readout and the reporter's analysts are still not the issuer's.
        claims.ShouldNotContain(c => c.Contains("critical minerals"));
        claims.ShouldNotContain(c => c.Contains("tariffs"));
    }

    [Fact]
    public void The_attribution_is_not_part_of_the_claim()
    {
        var claim = IssuerClaims(NewsStory).Single(c => c.Contains("coast guard training"));
        claim.ShouldNotContain("department added");
    }

    [Fact]
    public void Ma_before_a_name_is_an_abbreviation_not_a_sentence_end() =>
        Text.SentenceSplitter.Split(NewsStory).Select(s => s.Of(NewsStory))
            .ShouldContain(s => s.Contains("Ma. Elena Santos and her US counterpart"));

    [Theory]
    [InlineData("Japan should take a correct view of history, as only by facing history can it win the trust of its neighbours.", 1)]
    [InlineData("The minister urged restraint, because further escalation would endanger shipping in the strait.", 1)]
    // A leading "as" clause belongs to what follows it: it does not join the words before it.
    [InlineData("Wang Yi noted that, as protectionism is on the rise, China and Japan, as major economies, should jointly uphold the multilateral trading system.", 1)]
    // "as well as" still lists another commitment.
    [InlineData("The ministers agreed to expand cooperation on semiconductors, as well as to launch a new dialogue on critical minerals.", 2)]
    public void A_reason_clause_stays_with_the_point_it_explains(string sentence, int claims) =>
        Text.ClauseSplitter.Split(sentence, new Text.TextSpan(0, sentence.Length)).Count.ShouldBe(claims);

    [Theory]
    [InlineData("Transcript of Weekly Media Briefing by the Official Spokesperson (November 20, 2025)")]
    [InlineData("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on May 6, 2026")]
    [InlineData("Department Press Briefing – May 12, 2026")]
    public void A_briefing_heading_opens_the_questions_and_answers_after_a_readout(string heading)
    {
        var page = "The two ministers agreed to launch a dialogue on critical minerals.\n\n" + heading +
                   "\n\nSpokesperson: Good afternoon and welcome. Let me begin with the Prime Minister's visit to Brazil next week.\n";
        var claims = IssuerClaims(page);
        claims.ShouldContain(c => c.Contains("critical minerals"));
        claims.ShouldNotContain(c => c.Contains("Brazil"));
    }

    [Fact]
    public void A_briefing_named_inside_a_line_does_not_open_questions()
    {
        const string page = "See also: Weekly Media Briefing by the Official Spokesperson (May 7, 2026)\n\n" +
                            "The two ministers agreed to launch a dialogue on critical minerals.\n";
        IssuerClaims(page).ShouldContain(c => c.Contains("critical minerals"));
    }

    [Fact]
    public void A_Korean_photo_download_notice_is_a_site_notice()
    {
        var claims = Shared.Analyzer.Analyze("양 장관은 핵심광물 공급망 협력을 강화하기로 하였다.\n\n※ 회담 사진은 외교부 누리소통망에서 내려받으실 수 있습니다.\n", "ko").Claims;
        claims.Where(c => c.Text.Contains("사진")).ShouldAllBe(c => c.Debris);
        claims.ShouldContain(c => c.Text.Contains("핵심광물") && !c.Debris);
    }

    [Theory]
    [InlineData("2. 조 장관은 페레스 장관의 방한을 환영하고, 양국 간 방산 협력을 확대해 나가자고 하였다.", true)]
    [InlineData("조 장관은 페레스 장관의 방한을 진심으로 환영하였다.", true)]
    // A visit still to come is a point.
    [InlineData("조 장관은 페레스 장관의 연내 방한을 기대한다고 하였다.", false)]
    public void A_Korean_welcome_of_the_present_visit_is_a_courtesy(string sentence, bool courtesy)
    {
        var claims = Shared.Analyzer.Analyze(sentence, "ko").Claims;
        var welcome = claims.First(c => c.Text.Contains("방한"));
        (welcome.Setting || welcome.Debris).ShouldBe(courtesy);
        if (sentence.Contains("방산")) claims.ShouldContain(c => c.Text.Contains("방산") && !c.Debris && !c.Setting);
    }

    [Theory]
    [InlineData("leader-call", "the two countries would advance relations in line with the common understanding of the leaders.", true)]
    [InlineData("agricultural-trade", "China has resumed imports of some aquatic products from the region.", true)]
    [InlineData("accountability", "The ministers called for the perpetrators to be brought to justice.", true)]
    [InlineData("multilateral-summits", "They prepared the meeting of the SCO Council of Heads of State in Astana.", true)]
    // A multilateral summit is not the two leaders' own meeting.
    [InlineData("leader-visit", "The two sides agreed to support Japan in hosting a successful China-Japan-ROK leaders' meeting.", false)]
    [InlineData("leader-visit", "China supports Kazakhstan in hosting a successful SCO summit in Astana.", false)]
    [InlineData("leader-visit", "The two ministers discussed preparations for the leaders' meeting in Seoul.", true)]
    [InlineData("history", "Minister Cho said the memorial for the Sado mine should be held in a sincere manner.", true)]
    [InlineData("history", "조 장관은 사도광산 추도식이 진정성 있게 개최되어야 한다고 하였다.", true)]
    [InlineData("dokdo-takeshima", "독도는 역사적·지리적·국제법적으로 명백한 우리 고유의 영토임을 강조하였다.", true)]
    [InlineData("dokdo-takeshima", "Japan conveyed its position on Takeshima.", true)]
    public void Taxonomy_2026_17_reads_more_wordings_of_what_it_knows(string topic, string claim, bool named) =>
        Taxonomy.Default.Find(topic)!.Matches(claim).ShouldBe(named);

    [Theory]
    [InlineData("The two sides should earnestly implement the important common understandings reached by the two heads of state.")]
    [InlineData("Rubio said the U.S. side is willing to work with China to implement the important consensus reached by the two presidents.")]
    [InlineData("The two ministers would advance relations in line with the common understanding of the leaders of both countries.")]
    [InlineData("양 장관은 정상 간 합의 사항이 속도감 있게 이행될 수 있도록 긴밀히 협력해 나가자고 하였다.")]
    public void The_leaders_consensus_formula_alone_is_noise(string sentence)
    {
        var claims = Shared.Analyzer.Analyze(sentence, sentence.Any(c => c >= '가') ? "ko" : "en").Claims;
        claims.ShouldAllBe(c => c.Debris || !c.Topics.Contains("leader-call"));
    }

    [Fact]
    public void A_consensus_that_names_what_was_agreed_is_still_compared()
    {
        var claims = Shared.Analyzer.Analyze("The two sides should implement the consensus reached by the two presidents on fentanyl and tariffs.", "en").Claims;
        claims.ShouldContain(c => !c.Debris && c.Topics.Contains("leader-call"));
    }

    [Fact]
    public void The_SCO_Council_of_Heads_of_State_is_not_a_leaders_call() =>
        Taxonomy.Default.Find("leader-call")!.Matches("preparations for the meeting of the SCO Council of Heads of State in Bishkek").ShouldBeFalse();

    [Theory]
    [InlineData("We agreed to continue working towards an ambitious and balanced Comprehensive Economic Cooperation Agreement.", "open")]
    [InlineData("The negotiating teams would continue to work towards its early conclusion.", "open")]
    [InlineData("We agreed that our negotiators should conclude the agreement by March 2026.", "decided")]
    public void Working_towards_an_agreement_is_open_and_agreeing_that_it_be_concluded_is_settled(string claim, string stance) =>
        Comparison.StanceMarkers.Stances(claim).ShouldContain(stance);

    [Theory]
    // Working towards a peace is a goal, not talks still under way; agreeing to work towards is not settled either.
    [InlineData("The two sides will continue to work towards a just and lasting peace.", "open")]
    [InlineData("The two sides agreed to work towards a Security and Defence Partnership.", "decided")]
    public void Working_towards_a_goal_is_neither_open_talks_nor_settled(string claim, string stance) =>
        Comparison.StanceMarkers.Stances(claim).ShouldNotContain(stance);

    [Fact]
    public void An_agreement_to_be_concluded_by_a_date_against_continued_work_towards_it_is_a_framing()
    {
        const string a = "We agreed that our negotiators should conclude the Free Trade Agreement by March 2026.";
        const string b = "We agreed to continue working towards an ambitious and balanced Free Trade Agreement.";
        Shared.Compare("IN-MEA", a, "en", "AU-DFAT", b, "en").Framing.ShouldHaveSingleItem().Topic.ShouldBe("trade-deal");
    }

    const string FourTechnologies = "The two leaders agreed to expand cooperation on artificial intelligence, semiconductors and quantum computing.";

    [Fact]
    public void A_named_item_inside_a_shared_topic_that_the_other_side_never_names_is_an_omission()
    {
        const string b = "The two leaders agreed to deepen cooperation on AI and semiconductors.";
        var omission = Shared.Compare("US-WH", FourTechnologies, "en", "KR-PO", b, "en").Omissions.ShouldHaveSingleItem();
        omission.StatedBy.ShouldBe("US-WH");
        omission.Topic.ShouldBe("critical-technologies");
        omission.Label.ShouldContain("quantum");
        omission.Confidence.ShouldBe(0.6);
    }

    [Theory]
    // Named by the other side in either language, or not a distinct item (the topic is shared and nothing is listed).
    [InlineData("양 정상은 인공지능, 반도체, 양자 분야에서 협력을 확대해 나가기로 했습니다.", "ko")]
    [InlineData("The two leaders agreed to deepen cooperation on AI, chips and quantum technologies.", "en")]
    public void An_item_the_other_side_names_in_its_own_words_is_no_omission(string other, string language) =>
        Shared.Compare("US-WH", FourTechnologies, "en", "KR-PO", other, language).Omissions.ShouldBeEmpty();

    [Fact]
    public void An_item_on_a_topic_the_other_side_never_covers_is_the_topic_omission_alone()
    {
        const string b = "The two leaders agreed to expand shipbuilding cooperation.";
        var omission = Shared.Compare("US-WH", FourTechnologies, "en", "KR-PO", b, "en").Omissions.Where(o => o.StatedBy == "US-WH").ShouldHaveSingleItem();
        omission.Confidence.ShouldBe(0.9);
    }

    [Fact]
    public void Each_side_naming_its_own_air_defence_system_omits_the_others()
    {
        const string a = "Germany will deliver further IRIS-T air defence systems to Ukraine in the coming weeks.";
        const string b = "The minister stressed the urgent need for two additional Patriot systems before winter.";
        var omissions = Shared.Compare("DE-AA", a, "en", "UA-MFA", b, "en").Omissions;
        omissions.Select(o => o.Label).ShouldBe(["Air defence: iris-t", "Air defence: patriot"], ignoreOrder: true);
    }

    [Fact]
    public void A_numbered_sanctions_package_is_an_item_of_the_shared_sanctions_topic()
    {
        const string a = "The minister called for the swift adoption of the 20th package of EU sanctions.";
        const string b = "The ministers agreed that sanctions pressure on Russia must be maintained.";
        Shared.Compare("UA-MFA", a, "en", "DE-AA", b, "en").Omissions.ShouldHaveSingleItem().Label.ShouldEndWith("numbered-package");
    }

    [Fact]
    public void A_claim_already_reported_is_not_reported_again_for_its_item()
    {
        const string a = "The two leaders agreed to expand cooperation on shipbuilding and quantum computing.";
        const string b = "The two leaders agreed to deepen cooperation on AI and semiconductors.";
        Shared.Compare("US-WH", a, "en", "KR-PO", b, "en").Omissions.Where(o => o.StatedBy == "US-WH")
            .ShouldHaveSingleItem().Topic.ShouldBe("shipbuilding");
    }

    [Fact]
    public void An_item_in_a_survey_line_on_a_topic_the_other_side_never_covers_stays_below_reporting()
    {
        const string a = "The ministers discussed quantum computing and other regional issues.";
        const string b = "The two ministers agreed to expand shipbuilding cooperation.";
        Shared.Compare("US-DOS", a, "en", "KR-MOFA", b, "en").Omissions.ShouldNotContain(o => o.StatedBy == "US-DOS");
    }

    [Fact]
    public void North_Koreas_complete_denuclearisation_is_the_same_qualifier_as_of_North_Korea()
    {
        const string a = "The two ministers reiterated their commitment to North Korea's complete denuclearisation.";
        const string b = "The two ministers confirmed their commitment to the complete denuclearization of North Korea.";
        Shared.Compare("GB-FCDO", a, "en", "JP-MOFA", b, "en").Framing.ShouldBeEmpty();
        const string peninsula = "The two ministers confirmed their commitment to the complete denuclearization of the Korean Peninsula.";
        Shared.Compare("GB-FCDO", a, "en", "KR-MOFA", peninsula, "en").Framing.ShouldHaveSingleItem().Topic.ShouldBe("denuclearization");
    }
}
