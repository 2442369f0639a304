namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.6 (round 24), comparing two accounts: a figure ahead of another clause's omission is a commitment
/// of its own, one after it continues that point; a concept or a set of activities is a named programme. Sentences are
/// made up.</summary>
public class Round24ComparisonTests
{
    const string Other = "The two ministers reviewed bilateral relations, including trade and energy. Ways to increase bilateral trade were also addressed.";

    [Fact]
    public void A_figure_ahead_of_another_clauses_omission_is_reported_too()
    {
        const string stating = "The sides confirmed their commitment to increasing bilateral trade to $100 billion, as set by the two leaders, and discussed expanding the use of national currencies in mutual settlements.";
        var result = Shared.Compare("RU-MID", stating, "en", "TR-MFA", Other, "en");
        result.Omissions.ShouldContain(o => o.Evidence.Text.Contains("national currencies", StringComparison.Ordinal));
        result.Omissions.ShouldContain(o => o.Evidence.Text.Contains("$100 billion", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_after_a_clause_already_reported_continues_its_point()
    {
        const string stating = "The sides discussed expanding the use of national currencies in mutual settlements, with the volume of such payments to reach $100 billion by the end of the decade.";
        var result = Shared.Compare("RU-MID", stating, "en", "TR-MFA", Other, "en");
        result.Omissions.ShouldContain(o => o.Evidence.Text.Contains("national currencies", StringComparison.Ordinal));
        result.Omissions.ShouldNotContain(o => o.Evidence.Text.Contains("$100 billion", StringComparison.Ordinal) && !o.Evidence.Text.Contains("national currencies", StringComparison.Ordinal));
    }

    const string Briefing = "The two defense chiefs agreed to expand joint training between their armed forces. Teodoro also briefed Koizumi on the Comprehensive Archipelagic Defense Concept, the framework guiding the country's shift toward territorial defense.";

    [Fact]
    public void A_named_defence_concept_the_other_side_never_names_is_omitted() =>
        Shared.Compare("PH-DND", Briefing, "en", "JP-MOD", "The two Ministers confirmed that they would further expand bilateral training and defense cooperation between their forces.", "en")
            .Omissions.ShouldContain(o => o.StatedBy == "PH-DND" && o.Evidence.Text.Contains("Archipelagic", StringComparison.Ordinal));

    [Fact]
    public void A_named_defence_concept_the_other_side_names_too_is_shared() =>
        Shared.Compare("PH-DND", Briefing, "en", "JP-MOD", "The two Ministers confirmed that they would further expand bilateral training and defense cooperation, and Minister Koizumi welcomed the Archipelagic Defense Concept.", "en")
            .Omissions.ShouldNotContain(o => o.StatedBy == "PH-DND" && o.Evidence.Text.Contains("Archipelagic", StringComparison.Ordinal));

    [Fact]
    public void A_korean_purpose_clause_so_that_no_one_is_discriminated_against_negates_nothing()
    {
        Shared.Compare("KR-MOTIE", "양측은 디지털 서비스 관련 법·정책에서 미국 기업이 차별받지 않도록 한다는 원칙 아래 디지털 무역에 대해 긴밀히 협의해 나가기로 하였다.", "ko",
                "US-USTR", "The two sides agreed to continue close consultations on digital trade.", "en", minimumConfidence: 0)
            .Framing.ShouldNotContain(f => f.A.Qualifiers.Contains("negated") || f.B.Qualifiers.Contains("negated"));
        Comparison.StanceMarkers.Negated("양측은 디지털 무역 협정에 합의하지 않았다.").ShouldBeTrue();
    }
}
