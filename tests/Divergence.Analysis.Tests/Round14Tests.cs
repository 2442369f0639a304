using Divergence.Analysis.Topics;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 1.6 (round 14): a wire agency's story is a news article and speaks for the issuer only where it
/// says so, a Korean congratulation is a courtesy, a currency code is a unit and not a name, three taxonomy phrases
/// read only what they name (taxonomy 2026.16), a negation framing needs the claim itself negated, "rejection" is an
/// objection, and the war in Ukraine named as aggression on one side and as a crisis on the other, or its settlement
/// conditioned on removing the war's "root causes" on one side only, is a framing, as are conduct one side objects to
/// and the other defends, and denuclearization against peace on the Peninsula. Sentences are made up.</summary>
public class Round14Tests
{
    const string WireStory = """
Home / World / Minister raises trade gap in talks in Moscow
ANI | Updated: Mar 02, 2026 19:05 IST

Moscow: External Affairs Minister S Jaishankar held talks with Foreign Minister Sergey Lavrov on Monday.

In a statement, the Ministry of External Affairs (MEA) said the two ministers reviewed preparations for the annual summit.

Jaishankar also sought the early return of Indian fishermen detained abroad, according to the statement.

On energy, Jaishankar reiterated that India's purchases are guided by the interests of its consumers.

The ministers also exchanged views on the situation in Afghanistan.

The talks come weeks after Washington raised tariffs on Indian textiles.

(This report has been published from a wire agency feed without modifications to the text.)
""";

    static List<string> IssuerClaims(string text) =>
        Shared.Analyzer.Analyze(text, "en").Claims.Where(c => !c.Debris).Select(c => c.Text).ToList();

    [Fact]
    public void A_wire_agency_story_is_a_news_article_whose_background_is_not_the_issuers()
    {
        var claims = IssuerClaims(WireStory);
        claims.ShouldNotContain(c => c.Contains("textiles"));
        claims.ShouldContain(c => c.Contains("annual summit"));
    }

    [Theory]
    [InlineData("PTI | Updated: Jan 29, 2026 22:41 IST")]
    [InlineData("(This report has been published from a wire agency feed without modifications to the text.)")]
    public void An_agency_credit_or_a_wire_feed_notice_alone_marks_a_news_article(string marker)
    {
        var story = "Jaishankar held talks with Lavrov in Moscow on Thursday.\n\nThe talks come weeks after Washington raised tariffs on Indian textiles.\n\n" + marker + "\n";
        IssuerClaims(story).ShouldNotContain(c => c.Contains("textiles"));
        IssuerClaims(story.Replace(marker, "")).ShouldContain(c => c.Contains("textiles"));
    }

    [Fact]
    public void Who_the_statement_speaks_through_keeps_speaking_for_it()
    {
        var claims = IssuerClaims(WireStory);
        // Led by the minister the statement was quoted on ("Jaishankar also sought ..., according to the statement").
        claims.ShouldContain(c => c.Contains("guided by the interests of its consumers"));
        // "The ministers also ..." continues the attributed sentence before it.
        claims.ShouldContain(c => c.Contains("Afghanistan"));
    }

    [Theory]
    [InlineData("인도가 지난 2월 AI 영향 정상회의를 성공적으로 개최한 것을 축하하였다.")]
    [InlineData("조 장관은 인도가 G20 정상회의를 성공적으로 개최한 것을 축하하고, 양국 간 반도체 협력을 확대해 나가기로 하였다.")]
    public void A_Korean_congratulation_is_a_courtesy_and_what_follows_it_is_still_compared(string sentence)
    {
        var claims = Shared.Analyzer.Analyze(sentence, "ko").Claims;
        claims.Where(c => c.Text.Contains("축하")).ShouldAllBe(c => c.Debris);
        if (sentence.Contains("반도체")) claims.ShouldContain(c => c.Text.Contains("반도체") && !c.Debris);
    }

    [Fact]
    public void A_Korean_thanks_that_carries_a_point_is_not_a_courtesy()
    {
        // Korean thanks often carry the point ("thanked Germany for its help with returning the artefacts"); as in
        // English, only the congratulation is a courtesy whoever offers it.
        var claims = Shared.Analyzer.Analyze("조 장관은 문화유산 반환 협의에 독일 측이 적극 협조해 준 데 사의를 표하였다.", "ko").Claims;
        claims.ShouldContain(c => !c.Debris);
    }

    [Fact]
    public void A_currency_code_is_a_unit_not_a_name_the_other_language_must_write()
    {
        const string english = "The two ministers agreed to strive to raise two-way trade to USD 150 billion by 2030.";
        const string korean = "양 장관은 2030년까지 교역액 1,500억 불 달성 목표를 재확인하였다.";
        Shared.Compare("VN-MOFA", english, "en", "KR-MOFA", korean, "ko", minimumConfidence: 0)
            .Omissions.ShouldNotContain(o => o.StatedBy == "VN-MOFA");
    }

    [Theory]
    [InlineData("Wang Yi said that China and the UK are both permanent members of the UN Security Council.", false)]
    [InlineData("Japan reiterated its aspiration to become a permanent member of a reformed Security Council.", true)]
    [InlineData("the two sides must maintain a free and open international order based on the rule of law.", false)]
    [InlineData("She stressed that the rule of law and the fight against corruption remain central to the reforms.", true)]
    [InlineData("양 장관은 조선, 방산, 반도체 등 분야에서 협력을 확대해 나가기로 하였다.", true)]
    public void Three_phrases_read_only_what_they_name(string claim, bool named)
    {
        var topic = claim.Contains("permanent") ? "un-reform" : claim.Contains("rule of law") ? "rule-of-law" : "shipbuilding";
        Taxonomy.Default.Find(topic)!.Matches(claim).ShouldBe(named);
    }

    [Theory]
    [InlineData("called for humanitarian assistance to reach those in need without hindrance.", false)]
    [InlineData("jointly oppose unilateral sanctions that have no authorization from the UN Security Council.", false)]
    [InlineData("No decision has been taken on the transfer of the vessels.", true)]
    [InlineData("The two leaders did not reach agreement on the overall package.", true)]
    public void A_negation_inside_the_claim_is_not_a_negated_claim(string claim, bool negated) =>
        Divergence.Analysis.Comparison.StanceMarkers.Negated(claim).ShouldBe(negated);

    [Fact]
    public void Rejecting_and_opposing_the_same_sanctions_is_the_same_stance()
    {
        const string a = "The ministers reaffirmed their rejection of illegitimate unilateral restrictive measures that bypass the UN Security Council.";
        const string b = "The two sides agreed to jointly oppose unilateral sanctions that have no authorization from the UN Security Council.";
        Divergence.Analysis.Comparison.StanceMarkers.Stances(a).ShouldContain("condemnation");
        Shared.Compare("RU-MID", a, "en", "CN-MFA", b, "en").Framing.ShouldBeEmpty();
    }

    const string Aggression = "The High Representative said that Russia's war of aggression against Ukraine threatens European security.";
    const string Crisis = "The two sides had an in-depth exchange of views on the Ukraine crisis. " +
                          "Wang Yi said that China's position on the Ukraine crisis is objective and impartial.";

    [Fact]
    public void A_war_of_aggression_on_one_side_and_a_crisis_on_the_other_is_a_framing_quoting_each_sides_point()
    {
        var framing = Shared.Compare("EU-EEAS", Aggression, "en", "CN-MFA", Crisis, "en").Framing
            .ShouldHaveSingleItem();
        framing.Topic.ShouldBe("ukraine-war-characterisation");
        framing.A.Qualifiers.ShouldBe(["aggression"]);
        framing.B.Qualifiers.ShouldBe(["crisis-or-conflict"]);
        // The point, not the bare mention: "an exchange of views" is talk about the subject.
        framing.B.Text.ShouldContain("objective and impartial");
    }

    [Theory]
    [InlineData("The ministers discussed the situation regarding Ukraine.")]
    [InlineData("Wang Yi said the Ukraine crisis must be settled through dialogue, and that Russia's invasion was not discussed.")]
    public void A_side_that_names_the_war_neither_or_both_ways_takes_no_position_to_contrast(string other) =>
        Shared.Compare("EU-EEAS", Aggression, "en", "CN-MFA", other, "en").Framing
            .ShouldNotContain(f => f.Topic == "ukraine-war-characterisation");

    [Theory]
    [InlineData("The two sides had an in-depth exchange of views on the Ukraine crisis.")]
    [InlineData("The talks focused on Russia's war of aggression against Ukraine.")]
    public void An_exchange_of_views_or_talks_focused_on_a_subject_are_a_bare_mention(string claim) =>
        Divergence.Analysis.Comparison.StanceMarkers.Tentative(claim).ShouldBeTrue();

    [Fact]
    public void Another_war_of_aggression_is_not_the_war_in_Ukraine()
    {
        const string history = "Wang Yi said that Japanese militarism's war of aggression brought untold suffering to the peoples of Asia.";
        Shared.Compare("CN-MFA", history, "en", "RU-MID", Crisis, "en").Framing
            .ShouldNotContain(f => f.Topic == "ukraine-war-characterisation");
    }

    [Fact]
    public void A_Korean_invasion_against_an_English_conflict_is_the_same_framing()
    {
        const string korean = "양 장관은 러시아의 우크라이나 침공이 3년째 이어지고 있는 데 대해 깊은 우려를 표명하였다.";
        const string english = "The ministers discussed the conflict in Ukraine and India's support for dialogue and diplomacy.";
        Shared.Compare("KR-MOFA", korean, "ko", "IN-MEA", english, "en").Framing
            .ShouldContain(f => f.Topic == "ukraine-war-characterisation");
    }

    const string RootCauses = "Minister Lavrov stressed that a lasting settlement is only possible if the root causes of the conflict are eliminated.";

    [Fact]
    public void A_settlement_that_must_remove_the_root_causes_against_one_that_ends_the_war_is_a_framing()
    {
        const string other = "On Ukraine, the Minister reiterated that dialogue and diplomacy are the only way to end the conflict.";
        var framing = Shared.Compare("RU-MID", RootCauses, "en", "IN-MEA", other, "en").Framing
            .ShouldHaveSingleItem(); // the two name the war alike: only the settlement's terms differ
        framing.Topic.ShouldBe("ukraine-settlement-terms");
        framing.A.Qualifiers.ShouldBe(["root-causes"]);
        framing.B.Text.ShouldContain("dialogue and diplomacy");
    }

    [Theory]
    [InlineData("Wang Yi said China supports a durable peace in Ukraine and believes the root causes of the crisis should be addressed.")]
    [InlineData("최선희 외무상은 우크라이나 사태의 근원을 제거하여 평화를 이루기 위한 러시아의 조치를 지지한다고 밝혔다.")]
    [InlineData("The ministers discussed the situation in the Middle East.")]
    public void Both_sides_on_the_root_causes_or_one_silent_on_the_war_is_no_settlement_framing(string other) =>
        Shared.Compare("RU-MID", RootCauses, "en", "CN-MFA", other, other.Any(c => c >= '가') ? "ko" : "en").Framing
            .ShouldNotContain(f => f.Topic == "ukraine-settlement-terms");

    const string Defended = "On the fentanyl issue, Wang Yi said that China has fulfilled its commitments with concrete actions.";

    [Fact]
    public void Conduct_one_side_objects_to_and_the_other_defends_is_a_framing()
    {
        const string a = "The Secretary urged the PRC to take concrete and verifiable action to stop the flow of fentanyl precursor chemicals.";
        var framing = Shared.Compare("US-DOS", a, "en", "CN-MFA", Defended, "en").Framing.ShouldHaveSingleItem();
        framing.Topic.ShouldBe("fentanyl");
        framing.B.Qualifiers.ShouldBe(["defended"]);
    }

    [Fact]
    public void A_defence_nobody_objected_to_is_no_framing()
    {
        const string a = "The two sides agreed to strengthen counter-narcotics cooperation, including on fentanyl.";
        Shared.Compare("US-DOS", a, "en", "CN-MFA", Defended, "en").Framing.ShouldBeEmpty();
    }

    const string Denuclearization = "조 장관은 한반도의 완전한 비핵화를 위한 우리 정부의 노력을 설명하였다.";

    [Fact]
    public void Denuclearization_against_peace_and_a_political_settlement_on_the_Peninsula_is_a_framing()
    {
        const string other = "On the Peninsula issue, Wang Yi said China's position is consistent. " +
                             "China will continue to play a constructive role in promoting a political settlement of the Peninsula issue.";
        var framing = Shared.Compare("KR-MOFA", Denuclearization, "ko", "CN-MFA", other, "en").Framing
            .Where(f => f.Topic == "korean-peninsula").ShouldHaveSingleItem();
        framing.B.Text.ShouldContain("political settlement"); // what the side wants, not the opening of the subject
    }

    [Theory]
    [InlineData("Wang Yi said China supports the denuclearization of the Peninsula and peace and stability on the Peninsula.")]
    [InlineData("Wang Yi said the two sides should deepen cooperation in trade and investment.")]
    public void Both_sides_on_denuclearization_or_one_silent_on_the_Peninsula_is_no_Peninsula_framing(string other) =>
        Shared.Compare("KR-MOFA", Denuclearization, "ko", "CN-MFA", other, "en").Framing
            .ShouldNotContain(f => f.Topic == "korean-peninsula");

}
