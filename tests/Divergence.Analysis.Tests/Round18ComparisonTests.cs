using Divergence.Analysis.Comparison;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.0 (round 18), comparing two accounts: one omission per topic and direction, quoted at its most
/// substantive clause; thanks for a substantive point is that point; deportations are not visas; a conflict between
/// the two parties themselves is the relationship, not a third party; war legacies are distinct items. Sentences are
/// made up.</summary>
public class Round18ComparisonTests
{
    [Fact]
    public void A_topic_omitted_twice_is_quoted_at_its_substantive_clause_with_the_survey_line_as_further_evidence()
    {
        const string a = "The call covered trade, fentanyl, and a range of global issues. President Trump made clear that China must keep cracking down on the flow of fentanyl precursor chemicals.";
        var omission = Shared.Compare("US-WH", a, "en", "CN-MFA", "The two presidents discussed trade.", "en", minimumConfidence: 0)
            .Omissions.Where(o => o.StatedBy == "US-WH" && o.Topic == "fentanyl").ShouldHaveSingleItem();
        omission.Evidence.Text.ShouldContain("precursor chemicals");
        omission.Also.ShouldHaveSingleItem().Text.ShouldContain("covered trade");
    }

    [Theory]
    [InlineData("thanked the Prime Minister for India's cooperation in accepting the return of Indian nationals who are present in the United States illegally", true)]
    [InlineData("thanked the Prime Minister for his warm hospitality", false)]
    public void Thanks_for_a_substantive_point_is_that_point(string clause, bool omitted)
    {
        var a = $"The President welcomed India's purchases of American energy, and {clause}.";
        Shared.Compare("US-WH", a, "en", "IN-MEA", "The two leaders discussed energy cooperation.", "en")
            .Omissions.Any(o => o.StatedBy == "US-WH").ShouldBe(omitted);
    }

    [Fact]
    public void Deportations_do_not_answer_concerns_about_work_visas()
    {
        const string a = "He conveyed India's concerns over the recent changes to the H-1B visa programme.";
        const string b = "The President thanked India for accepting the return of Indian nationals subject to final orders of removal.";
        Shared.Compare("IN-MEA", a, "en", "US-WH", b, "en").Omissions.ShouldContain(o => o.StatedBy == "IN-MEA" && o.Topic == "visas-mobility");
    }

    [Theory]
    [InlineData("PK-MOFA", "IN-MEA", false)]
    [InlineData("US-WH", "IN-MEA", true)]
    public void Hostilities_between_India_and_Pakistan_are_a_third_party_only_when_neither_talks(string stating, string other, bool omitted)
    {
        const string a = "The minister recalled the cessation of hostilities between India and Pakistan last year.";
        Shared.Compare(stating, a, "en", other, "The ministers agreed to keep the ceasefire in place.", "en")
            .Omissions.Any(o => o.StatedBy == stating && o.Topic == "india-pakistan").ShouldBe(omitted);
    }

    [Fact]
    public void Peace_in_Ukraine_is_not_answered_by_a_ceasefire_between_India_and_Pakistan()
    {
        const string a = "The President recalled his role in brokering the cessation of hostilities between India and Pakistan last year.";
        const string b = "The Prime Minister reiterated India's consistent support for all efforts towards an early and lasting peace in Ukraine.";
        Shared.Compare("US-WH", a, "en", "IN-MEA", b, "en").Omissions.ShouldContain(o => o.StatedBy == "US-WH" && o.Topic == "india-pakistan");
    }

    [Fact]
    public void Dioxin_is_an_item_of_war_legacies_that_missing_personnel_do_not_answer()
    {
        const string a = "The two sides agreed to keep working on the remediation of dioxin contamination at Bien Hoa airbase.";
        const string b = "The Secretary expressed appreciation for Vietnam's continued support in accounting for U.S. personnel missing from the war.";
        Shared.Compare("VN-MOFA", a, "en", "US-DOS", b, "en").Omissions.ShouldContain(o => o.StatedBy == "VN-MOFA" && o.Topic == "war-remains");
    }

    [Fact]
    public void A_ministers_visit_to_Seoul_is_the_meeting_itself_in_Korean_as_in_English()
    {
        const string a = "조현 외교부 장관은 6.10.(수) 오후 방한 중인 이베트 쿠퍼 영국 외교장관과 외교장관회담 및 만찬을 갖고, 양국 관계 발전 방안에 대해 의견을 교환하였다. 조 장관은 쿠퍼 장관의 취임 후 첫 방한을 환영하였다.";
        const string b = "The Foreign Secretary held talks with Foreign Minister Cho Hyun in Seoul today on her first visit to the Republic of Korea.";
        Shared.Compare("KR-MOFA", a, "ko", "GB-FCDO", b, "en").Omissions.ShouldNotContain(o => o.StatedBy == "KR-MOFA" && o.Topic == "leader-visit");
    }
}
