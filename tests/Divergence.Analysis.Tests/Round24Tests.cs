using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.6 (round 24), reading a page: a fronted "Speaking about ..." or "In the ... sphere" frame stays
/// with the clause it introduces; a list of Korean partnerships ("한일, 한미일 간") is one clause; who joined the
/// meeting is its attendance; wishing a host's meeting success, a Korean greeting, keeping in touch ahead of a meeting
/// and a site's licence line are no points; taxonomy wordings. Sentences are made up.</summary>
public class Round24Tests
{
    [Theory]
    [InlineData("Speaking about the South Caucasus, the ministers noted the value of the regional consultative platform for stability.")]
    [InlineData("In the trade and economic sphere, the sides confirmed their commitment to raising bilateral trade to a new level.")]
    [InlineData("Building on the climate conference in Belem, we agreed to keep cooperating on the clean energy transition.")]
    [InlineData("In the field of energy, the two sides agreed to accelerate work on the long-term supply contract.")]
    public void A_fronted_frame_stays_with_the_clause_it_introduces(string sentence) =>
        Pieces(sentence).ShouldHaveSingleItem();

    [Fact]
    public void A_recalled_earlier_meeting_is_still_cut_off_from_the_point() =>
        Pieces("Building on their meeting in Kuala Lumpur last month, the two leaders discussed the trade arrangements in detail.").Length.ShouldBe(2);

    [Fact]
    public void A_list_of_korean_partnerships_before_their_closing_word_is_one_clause()
    {
        const string text = "양 장관은 관련 안보리 결의에 따라 한반도의 완전한 비핵화를 달성하기 위해 한일, 한미일 간 긴밀히 공조해 나가기로 하였다.";
        Pieces(text).ShouldHaveSingleItem();
        Pieces(text.Replace("한일, 한미일 간", "양국 정부가 함께, 국제사회와의 연대 속에서")).Length.ShouldBe(2);
    }

    [Fact]
    public void A_korean_clause_naming_security_council_resolutions_as_its_basis_states_no_sanctions_point()
    {
        TopicsOf("양 장관은 관련 안보리 결의에 따라 한반도의 완전한 비핵화를 달성하기로 하였다.", "ko").ShouldNotContain("sanctions-implementation");
        TopicsOf("양 장관은 관련 안보리 결의의 완전한 이행을 위해 협력하기로 하였다.", "ko").ShouldContain("sanctions-implementation");
    }

    const string Release = """
        Secretary Teodoro met Japanese Defense Minister Koizumi in Manila on Tuesday to review defense cooperation.

        The two ministers agreed to expand joint training between their forces.

        Teodoro was joined by Undersecretary Irineo Espino and senior officials of the AFP.

        All content on this site is published under the Creative Commons Attribution 4.0 International license.
        """;

    [Fact]
    public void Who_joined_the_minister_at_the_table_is_the_meetings_attendance() =>
        Claims(Release).Where(c => c.Text.Contains("was joined by", StringComparison.Ordinal)).ShouldAllBe(c => c.Debris || c.Setting);

    [Fact]
    public void A_delegation_that_agreed_something_is_not_attendance() =>
        Claims("The delegation of Japan agreed to extend the programme of joint patrols.").ShouldContain(c => !c.Debris && !c.Setting);

    [Fact]
    public void A_sites_licence_line_is_debris() =>
        Kept(Release, "Creative Commons").ShouldBeFalse();

    [Theory]
    [InlineData("He said that the U.S. side supports a successful Economic Leaders' Meeting in Shenzhen.")]
    [InlineData("The Minister said he hopes the leaders' meeting in Shenzhen in November will be a success.")]
    public void Wishing_the_hosts_meeting_success_is_courtesy(string sentence) =>
        Kept($"The two ministers met in Shenzhen on Monday. {sentence}", sentence[..20]).ShouldBeFalse();

    [Fact]
    public void Support_for_something_else_that_succeeded_is_a_point() =>
        Kept("The two ministers met in Shenzhen on Monday. He said that the U.S. side supports the successful reform of the export control regime.", "export control").ShouldBeTrue();

    [Fact]
    public void A_korean_greeting_glad_to_meet_again_is_courtesy()
    {
        var claims = Claims("이 대통령은 지난달 경주 APEC 정상회의에 이어 카니 총리를 다시 만나게 되어 매우 반갑다고 인사를 건넸습니다. 두 정상은 핵심광물 공급망 협력을 강화하기로 했습니다.", "ko");
        claims.Where(c => c.Text.Contains("반갑다", StringComparison.Ordinal)).ShouldAllBe(c => c.Debris);
        claims.Where(c => c.Text.Contains("핵심광물", StringComparison.Ordinal)).ShouldAllBe(c => !c.Debris);
    }

    [Fact]
    public void Keeping_in_touch_ahead_of_a_meeting_is_courtesy_in_korean() =>
        Claims("양 장관은 12월 미국에서 개최되는 G20 정상회의를 앞두고 각급에서 긴밀히 소통해 나가기로 하였다.", "ko").ShouldAllBe(c => c.Debris);

    [Theory]
    [InlineData("The leaders condemned terrorism in every form, including cross-border terrorism.", "counterterrorism:all-forms")]
    [InlineData("The leaders condemned terrorism in all of its forms.", "counterterrorism:all-forms")]
    public void Taxonomy_qualifiers_know_more_wordings(string sentence, string qualifier) =>
        Claims(sentence).SelectMany(c => c.Qualifiers).ShouldContain(qualifier);

    [Theory]
    [InlineData("China is ready to make good preparations for the annual meeting between the two heads of government next year.", "leader-visit")]
    [InlineData("The two sides agreed to prepare for a meeting between the leaders of the two countries in Gyeongju.", "leader-visit")]
    [InlineData("The two sides agreed to expand cooperation in trade, infrastructure, new energy and the digital economy.", "energy")]
    [InlineData("The two Secretaries agreed to push forward with the joint production of munitions in the country.", "arms-purchases")]
    [InlineData("The two sides agreed to work toward trade relations that are more balanced and sustainable.", "trade-imbalance")]
    [InlineData("China is willing to promote the balanced development of bilateral trade.", "trade-imbalance")]
    [InlineData("양측은 미국산 농업 생명공학 제품의 승인 절차를 논의하였다.", "critical-technologies")]
    public void Taxonomy_knows_more_wordings(string sentence, string topic) =>
        TopicsOf(sentence, Text.Language.Guess(sentence)).ShouldContain(topic);

    [Theory]
    [InlineData("They noted the momentum generated by the India-EU Summit held in New Delhi earlier this year.", "leader-visit")]
    [InlineData("The President said the U.S. side supports a successful APEC Economic Leaders' Meeting.", "leader-visit")]
    [InlineData("The Secretary pressed for the swift conclusion of the Agreement on Reciprocal, Fair, and Balanced Trade.", "trade-imbalance")]
    [InlineData("They discussed negotiations toward a fair and balanced bilateral trade agreement.", "trade-imbalance")]
    [InlineData("They agreed to negotiate a balanced trade agreement by the end of the year.", "trade-imbalance")]
    public void Taxonomy_leaves_these_wordings_alone(string sentence, string topicOrItem) =>
        Claims(sentence).SelectMany(c => c.Topics.Concat(c.Qualifiers)).ShouldNotContain(topicOrItem);

    static bool Renewables(string sentence) =>
        Divergence.Analysis.Topics.Taxonomy.Default.Find("energy")!.Items.Single(i => i.Id == "renewables").Matcher.IsMatch(sentence);

    [Fact]
    public void New_energy_is_renewables_as_a_field_of_cooperation_not_as_vigour_or_a_package()
    {
        Renewables("They agreed to expand cooperation in trade, infrastructure, new energy and the digital economy.").ShouldBeTrue();
        Renewables("The visit injected new energy in the partnership between the two countries.").ShouldBeFalse();
        Renewables("The allies agreed a new energy package for Ukraine ahead of the winter.").ShouldBeFalse();
        Renewables("The Foreign Secretary announced new energy and air defence support for Ukraine.").ShouldBeFalse();
    }

    [Fact]
    public void A_summit_to_be_held_next_year_is_still_a_visit() =>
        TopicsOf("The two leaders agreed that the summit held next year in Seoul would focus on trade.").ShouldContain("leader-visit");
}
