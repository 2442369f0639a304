using Divergence.Analysis.Comparison;
using Divergence.Analysis.Text;

namespace Divergence.Analysis.Tests;

/// <summary>The general mechanisms of analysis 0.9 (round 7): news pages, modifiers, courtesies, stance read
/// across a split sentence, outcome wording, and the taxonomy 2026.12 additions. Sentences are made up.</summary>
public class Round7Tests
{
    static ComparisonResult Compare(string a, string langA, string b, string langB) => Shared.Compare("A", a, langA, "B", b, langB);

    static ComparisonResult Compare(string a, string b) => Compare(a, "en", b, "en");

    static IReadOnlyList<string> TopicsOf(string clause) =>
        Shared.Analyzer.Analyze(clause, "en").Claims.SelectMany(c => c.Topics).ToList();

    [Fact]
    public void A_byline_with_a_role_or_an_update_stamp_marks_a_news_article()
    {
        NewsArticle.Detect("Headline\nBy Jane Doe, Asia correspondent\nText.").ShouldBeTrue();
        NewsArticle.Detect("Headline\nUpdated May 2, 2026 - 9.10pm, first published at 8.02pm\nText.").ShouldBeTrue();
        NewsArticle.Detect("By the way, the two ministers met in Seoul and discussed many things at length today.").ShouldBeFalse();
    }

    [Fact]
    public void A_speaker_quoted_for_the_issuer_keeps_his_later_sentences_and_another_persons_statement_is_not_the_issuers()
    {
        const string news = "Talks in Seoul\nBy Jane Doe, Asia correspondent\n" +
            "According to the statement, Park said the relationship had improved.\n" +
            "Park said the two sides would expand cooperation on shipbuilding.\n" +
            "Senator Kim's own statement said she had raised human rights in the region.\n";
        var r = Compare(news, "The ministers met and talked about the weather at length today.");
        r.Omissions.ShouldContain(o => o.StatedBy == "A" && o.Topic == "shipbuilding");
        r.Omissions.ShouldNotContain(o => o.StatedBy == "A" && o.Topic == "human-rights");
    }

    [Fact]
    public void The_statement_quoting_the_minister_and_the_ministry_saying_are_attributions()
    {
        NewsArticle.AttributedToIssuer("On fishing, the statement quoted Park as saying boats must stay out.").ShouldBeTrue();
        NewsArticle.AttributedToIssuer("China's foreign ministry says the minister told her counterpart that the plan works.").ShouldBeTrue();
        NewsArticle.Continues("The Chinese account also noted that visas had been extended.").ShouldBeTrue();
    }

    [Fact]
    public void A_trilateral_summit_is_a_multilateral_summit_and_a_past_summit_named_as_a_time_is_no_visit()
    {
        TopicsOf("The two Ministers concurred to cooperate toward the success of the Japan-China-ROK Trilateral Summit.")
            .ShouldBe(["multilateral-summits"]);
        TopicsOf("The partnership has deepened since the summit between President Lee and Prime Minister Carney last October.")
            .ShouldNotContain("leader-visit");
        TopicsOf("They will work so that the summit between the two presidents produces outcomes.").ShouldContain("leader-visit");
    }

    [Theory]
    [InlineData("Minister A requested the early lifting of import restrictions on Japanese food products.", "food-import-restrictions")]
    [InlineData("They welcomed the transition to settlements in national currencies.", "currency")]
    [InlineData("The Ministers welcomed the opening of a Consulate General in Bengaluru.", "diplomatic-missions")]
    [InlineData("Secretary B welcomed India's plans to acquire six additional maritime patrol aircraft.", "arms-purchases")]
    [InlineData("Minister A stated that Japan will fundamentally reinforce its defense capabilities on its own initiative.", "defense-buildup")]
    [InlineData("They agreed to work toward a new architecture of equal and indivisible security in Eurasia.", "security-architecture")]
    [InlineData("The two sides expressed serious concern over attempts to push for re-militarization.", "militarism")]
    [InlineData("He proposed to discuss an adjustment of the tariffs on steel and aluminium.", "steel-aluminium")]
    [InlineData("They welcomed the larger quota of the Working Holiday Programme.", "visas-mobility")]
    [InlineData("I again advocated for Australian citizen Dr Lee, including on medical grounds.", "nationals-safety")]
    public void Taxonomy_2026_12_names_new_areas(string clause, string topic) => TopicsOf(clause).ShouldContain(topic);

    [Fact]
    public void Fishery_products_are_food_imports_not_fisheries()
    {
        TopicsOf("He asked to lift restrictions on fishery products from Fukushima.").ShouldNotContain("fisheries");
        Shared.Analyzer.Analyze("조 장관은 한일 어업협정 협상이 조속히 재개되기를 희망하였다.", "ko").Claims
            .SelectMany(c => c.Topics).ShouldContain("fisheries");
    }

    [Fact]
    public void The_war_in_Ukraine_covers_a_settlement_without_stating_one()
    {
        const string a = "The Minister reiterated the determination to achieve a just and lasting peace in Ukraine.";
        const string b = "The Ministers discussed the conflict in Ukraine.";
        Compare(a, b).Omissions.ShouldBeEmpty();
        Compare(a, "The Ministers discussed trade and investment.").Omissions.ShouldContain(o => o.Topic == "ukraine-settlement");
        TopicsOf(b).ShouldBeEmpty();
    }

    [Fact]
    public void A_car_explosion_covers_counterterrorism_but_states_nothing()
    {
        const string a = "The Ministers condemned in the strongest terms the terrorist attack in the capital.";
        Compare(a, "The Secretary expressed condolences for the lives lost in the car explosion in the capital.").Omissions.ShouldBeEmpty();
        Compare(a, "The Secretary discussed trade at length.").Omissions.ShouldContain(o => o.Topic == "counterterrorism");
    }

    [Fact]
    public void A_relative_or_participial_clause_is_not_a_second_omission_beside_its_head()
    {
        const string a = "The Ministers welcomed the opening of new consulates in three cities, which will serve growing people-to-people ties.";
        var r = Compare(a, "The ministers discussed trade and investment at length.");
        r.Omissions.ShouldContain(o => o.Topic == "diplomatic-missions");
        r.Omissions.ShouldNotContain(o => o.Topic == "people-to-people");
        // Without the head omission, the same clause after a shared point is detail of that shared point.
        const string c = "The two sides agreed on the first slate of investment projects, in the energy and critical minerals sectors.";
        Compare(c, "The two sides exchanged views on investment projects.").Omissions.ShouldNotContain(o => o.Topic == "energy");
        // An example is not a modifier: each item stays a commitment of its own.
        const string d = "They confirmed the steady implementation of the bilateral trade agreement, including Japan's commitment to invest in the United States.";
        Compare(d, "They confirmed that the two countries would implement the trade agreement.").Omissions.ShouldContain(o => o.Topic == "investment");
    }

    [Fact]
    public void The_host_welcoming_the_guests_visit_is_a_courtesy_but_a_visit_to_come_is_a_point()
    {
        EngagementLogistics.WelcomesVisit("1. Minister Motegi warmly welcomed Deputy Prime Minister Tajani's visit to Japan in this year").ShouldBeTrue();
        EngagementLogistics.WelcomesVisit("The ministers welcomed President Trump's upcoming visit to Japan.").ShouldBeFalse();
        Compare("1. Minister A warmly welcomed Deputy Prime Minister B's visit to Japan.", "The ministers discussed trade at length.")
            .Omissions.ShouldNotContain(o => o.Topic == "leader-visit");
    }

    [Fact]
    public void A_stance_in_the_topicless_rest_of_a_split_Korean_sentence_belongs_to_the_topic()
    {
        const string en = "The ministers expressed serious concern about the growing military cooperation between North Korea and Russia.";
        const string ko = "2. 양 장관은 러북 군사협력, 특히 북한군의 러시아 파병에 대해 심각한 우려를 표명하였다.";
        Compare(en, "en", ko, "ko").Framing.ShouldNotContain(f => f.Topic == "dprk-russia-cooperation");
    }

    [Fact]
    public void Issues_of_common_concern_is_no_objection_and_resisting_is_one()
    {
        StanceMarkers.Stances("the Middle East and other regional issues of common concern").ShouldNotContain("objection");
        StanceMarkers.Stances("shared concerns about the cooperation").ShouldContain("objection");
        StanceMarkers.Stances("to jointly resist unilateralism").ShouldContain("objection");
    }

    [Fact]
    public void Hoping_the_other_side_would_act_is_a_demand_and_agreeing_on_a_slate_is_settled()
    {
        StanceMarkers.Stances("China hoped Australia would provide a fair business environment").ShouldContain("demand");
        StanceMarkers.Stances("The two sides agreed on the first slate of projects").ShouldContain("decided");
        StanceMarkers.Stances("앞으로 실무 협의를 계속해 나가기로 하였다").ShouldContain("open");
    }

    [Fact]
    public void A_concluded_agreement_against_negotiations_in_progress_is_outcome_framing()
    {
        const string a = "The Ministers welcomed the progress in the negotiations on the first tranche of a trade agreement and looked forward to its early conclusion.";
        const string b = "The Secretaries welcomed the conclusion of the first tranche of the Bilateral Trade Agreement.";
        Compare(a, b).Framing.ShouldContain(f => f.Topic == "outcome");
        Compare(b, b).Framing.ShouldNotContain(f => f.Topic == "outcome");
    }

    [Fact]
    public void Site_notices_are_debris()
    {
        Boilerplate.IsDebris("We use cookies to personalise content and analyse traffic.").ShouldBeTrue();
        Boilerplate.IsDebris("Secure websites use HTTPS.").ShouldBeTrue();
        Boilerplate.IsDebris("이 누리집은 공공누리 제1유형에 따라 자유롭게 이용할 수 있습니다.").ShouldBeTrue();
        Boilerplate.IsDebris("The ministers agreed to expand cooperation on critical minerals and supply chains.").ShouldBeFalse();
    }

    [Fact]
    public void A_fronted_during_the_discussion_frame_stays_with_its_clause()
    {
        const string s = "During the discussion of the situation around Ukraine, the other side expressed understanding of the need to address the root causes.";
        ClauseSplitter.Split(s, new TextSpan(0, s.Length)).Count.ShouldBe(1);
    }
}
