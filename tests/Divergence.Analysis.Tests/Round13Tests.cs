using Divergence.Analysis.Topics;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 1.5 (round 13): greetings and courtesy calls are noise wherever the clause puts them, the visit
/// itself is the setting, an acronym and its expansion are one name, a ceasefire and an end to the war are one
/// subject (taxonomy 2026.15), three phrases read only what they name, a syndicated news story is a news article, "continue negotiations" is
/// still talking, and a one-China policy is not the one-China principle. Sentences are made up.</summary>
public class Round13Tests
{
    const string Other = "Secretary Rubio and Foreign Minister Motegi discussed the Japan-U.S. Alliance and trade. " +
                         "The Secretary welcomed Japan's plans to expand its purchases of American energy.";

    [Theory]
    [InlineData("JP-MOFA", "1. At the outset, Minister Motegi extended his warm New Year's greetings to Secretary Rubio and said he looks forward to working with him throughout 2026.", "en", "greetings")]
    [InlineData("KR-MOFA", "조 장관은 회담 모두에 루비오 장관에게 새해 인사를 전하고 올해도 긴밀히 협력해 나가기를 희망한다고 하였다.", "ko", "새해")]
    public void A_greeting_is_never_an_omission_at_any_confidence(string issuer, string stating, string language, string word)
    {
        var result = Shared.Compare(issuer, stating, language, "US-DOS", Other, "en", minimumConfidence: 0);
        result.Omissions.ShouldNotContain(o => o.Evidence.Text.Contains(word));
    }

    [Fact]
    public void A_point_made_after_the_greeting_is_still_compared()
    {
        const string stating = "At the outset, Minister Motegi extended his New Year's greetings to Secretary Rubio. " +
                               "Minister Motegi requested continued cooperation toward the immediate resolution of the abductions issue.";
        var result = Shared.Compare("JP-MOFA", stating, "en", "US-DOS", Other, "en");
        result.Omissions.Where(o => o.StatedBy == "JP-MOFA").ShouldHaveSingleItem().Topic.ShouldBe("abductions");
    }

    const string TalksPoint = "The two ministers discussed trade and investment and agreed to deepen cooperation on critical minerals. ";
    const string Talks = "Foreign Minister Motegi and External Affairs Minister Jaishankar discussed trade and investment, and agreed to deepen cooperation on critical minerals.";

    [Fact]
    public void A_courtesy_call_during_the_visit_is_its_programme_not_a_point()
    {
        const string stating = TalksPoint +
                               "During the visit, the External Affairs Minister also called on Prime Minister Takaichi Sanae and interacted with members of the Indian community in Tokyo.";
        Shared.Compare("IN-MEA", stating, "en", "JP-MOFA", Talks, "en").Omissions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Minister Jaishankar called on Foreign Minister Motegi to ease visa rules for Indian students.")]
    [InlineData("The Minister called on Prime Minister Takaichi Sanae and discussed visa rules for Indian students.")]
    public void Calling_on_someone_to_act_or_calling_on_them_and_making_a_point_is_still_compared(string sentence)
    {
        var stating = TalksPoint + sentence;
        Shared.Compare("IN-MEA", stating, "en", "JP-MOFA", Talks, "en").Omissions.ShouldHaveSingleItem().Evidence.Text.ShouldContain("visa");
    }

    [Fact]
    public void The_visit_itself_is_the_setting()
    {
        const string stating = "1. The Foreign Secretary of the United Kingdom paid an official visit to India from 18-19 February 2026. " +
                               TalksPoint;
        Shared.Compare("IN-MEA", stating, "en", "GB-FCDO", Talks, "en").Omissions.ShouldBeEmpty();
    }

    [Fact]
    public void A_name_spelt_out_on_one_side_and_abbreviated_on_the_other_is_one_name()
    {
        const string stating = "The two Foreign Ministers agreed to accelerate the implementation of CPEC 2.0.";
        const string other = "Wang Yi said the two sides should jointly build an upgraded version of the China-Pakistan Economic Corridor.";
        Shared.Compare("PK-MOFA", stating, "en", "CN-MFA", other, "en").Omissions.ShouldNotContain(o => o.StatedBy == "PK-MOFA");
    }

    const string EndOfWar = "On Ukraine, the ministers discussed the importance of dialogue and diplomacy to bring about an early end to the conflict.";

    [Fact]
    public void A_ceasefire_and_an_end_to_the_war_are_one_subject_told_two_ways()
    {
        const string b = "The Foreign Secretary said that a full and unconditional ceasefire would be the first step towards peace.";
        var result = Shared.Compare("IN-MEA", EndOfWar, "en", "GB-FCDO", b, "en");
        result.Omissions.ShouldBeEmpty();
        // 1.7 no longer reports two members of one group as a framing (1 right of 6 on the readable sets).
        result.Framing.ShouldBeEmpty();
    }

    // As for every group (TopicCoverage.MissesStance): a demand on one member is not answered by the other member.
    [Fact]
    public void A_demand_for_a_ceasefire_is_still_not_answered_by_talk_of_ending_the_war()
    {
        const string b = "The Foreign Secretary urged partners to press Russia to agree to a full and unconditional ceasefire.";
        var result = Shared.Compare("IN-MEA", EndOfWar, "en", "GB-FCDO", b, "en");
        result.Omissions.ShouldHaveSingleItem().Confidence.ShouldBe(0.6); // TopicOmissions.GroupDemandConfidence
        result.Omissions.ShouldNotContain(o => o.StatedBy == "IN-MEA");
    }

    [Theory]
    [InlineData("sanctions-implementation", "called for the full implementation of the relevant UN Security Council resolutions", true)]
    [InlineData("sanctions-implementation", "reaffirmed their commitment to the complete denuclearization of North Korea in accordance with the relevant UN Security Council resolutions", false)]
    [InlineData("sanctions-implementation", "the issue should be resolved in accordance with the UN Charter, relevant UN Security Council resolutions and bilateral agreements", false)]
    [InlineData("alliance-commitments", "reaffirmed the ironclad U.S. commitment to the defense of Japan", true)]
    [InlineData("alliance-commitments", "Pakistan and China are all-weather strategic cooperative partners and ironclad friends", false)]
    [InlineData("development-cooperation", "would continue to cooperate in economic development, including the Metro Manila Subway project", true)]
    [InlineData("maritime-boundary", "The two sides agreed to resume maritime boundary delimitation talks at an early date.", true)]
    [InlineData("maritime-boundary", "양측은 해양경계 획정 협상을 조속히 재개하기로 하였다.", true)]
    [InlineData("maritime-boundary", "They discussed the boundary question and the situation along the border.", false)]
    public void Taxonomy_2026_15_phrases(string topic, string claim, bool matches) =>
        Taxonomy.Default.Find(topic)!.Matches(claim).ShouldBe(matches);

    const string SyndicatedArticle = """
THE EXAMPLE LEDGER  |  E-Paper  |  Subscribe
Syndicated Feed  |  New Delhi  |  Updated: Feb 03, 2026, 23:48 IST

Prime Minister Modi spoke with President Trump on Tuesday and the two leaders agreed to deepen defence cooperation, the Ministry of External Affairs said in a statement.

"The two leaders reaffirmed their shared commitment to combating terrorism," the statement said. Modi also invited Trump to visit India for the Quad Leaders' Summit later this year, it added.

The call comes months after Washington imposed tariffs of up to 50 per cent on Indian goods.

(Except for the headline, this story has not been edited by Example Ledger staff and is published from a syndicated feed.)
""";

    [Fact]
    public void A_syndicated_story_is_a_news_article_whose_background_is_not_the_issuers()
    {
        var claims = Shared.Analyzer.Analyze(SyndicatedArticle, "en").Claims.Where(c => !c.Debris).Select(c => c.Text).ToList();
        claims.ShouldNotContain(c => c.Contains("50 per cent"));
        claims.ShouldContain(c => c.Contains("deepen defence cooperation"));
    }

    [Fact]
    public void A_sentence_that_ends_by_pointing_back_at_the_statement_is_the_statements()
    {
        var claims = Shared.Analyzer.Analyze(SyndicatedArticle, "en").Claims.Where(c => !c.Debris).Select(c => c.Text).ToList();
        claims.ShouldContain(c => c.Contains("Quad Leaders' Summit") && !c.Contains("it added"));
    }

    [Theory]
    [InlineData("the two leaders agreed to continue negotiations towards a bilateral trade agreement", "open")]
    [InlineData("양 장관은 후속 협의를 위해 별도의 협의 채널을 2월 중 출범시키기로 합의하였다.", "decided")]
    [InlineData("The ministers agreed to launch a working group for follow-up consultations.", "decided")]
    public void Agreeing_to_keep_talking_is_open_and_talks_as_a_purpose_are_not(string claim, string stance)
    {
        var stances = Divergence.Analysis.Comparison.StanceMarkers.Stances(claim);
        stances.ShouldContain(stance);
        if (stance == "decided") stances.ShouldNotContain("open");
    }

    [Theory]
    [InlineData("China urged the Japanese side to stop its provocations")]
    [InlineData("refrain from sending any wrong signals to separatist forces")]
    public void Provocations_and_separatists_are_objections(string claim) =>
        Divergence.Analysis.Comparison.StanceMarkers.Stances(claim).ShouldContain("objection");

    [Fact]
    public void A_deal_agreed_against_negotiations_that_continue_is_a_framing()
    {
        const string a = "President Trump and Prime Minister Modi agreed to finalize the first tranche of a bilateral trade agreement within the coming weeks.";
        const string b = "The two leaders agreed to continue negotiations towards a mutually beneficial bilateral trade agreement.";
        Shared.Compare("US-WH", a, "en", "IN-MEA", b, "en").Framing.ShouldContain(f => f.Topic == "trade-deal");
    }

    [Fact]
    public void A_one_China_policy_against_the_one_China_principle_is_a_framing()
    {
        const string a = "The High Representative reiterated the EU's consistent One China policy.";
        const string b = "Wang Yi said that the EU should abide by the one-China principle.";
        var framing = Shared.Compare("EU-EEAS", a, "en", "CN-MFA", b, "en").Framing.ShouldHaveSingleItem();
        framing.Topic.ShouldBe("taiwan-strait");
        framing.A.Qualifiers.ShouldBe(["taiwan-strait:one-china-policy"]);
        framing.B.Qualifiers.ShouldBe(["taiwan-strait:one-china-principle"]);
    }

    [Fact]
    public void A_qualifier_on_one_side_only_is_no_qualifier_framing()
    {
        const string a = "Minister Lavrov said that Russia firmly abides by the one-China principle.";
        const string b = "Minister Lavrov reaffirmed that Taiwan is an inalienable part of China.";
        Shared.Compare("RU-MID", a, "en", "CN-MFA", b, "en").Framing.ShouldBeEmpty();
    }
}
