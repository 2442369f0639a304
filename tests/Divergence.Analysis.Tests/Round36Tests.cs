using Divergence.Analysis.Comparison;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 3.8 (round 36). A Korean verb holding the syllables of a courtesy; a new predicate after ", and";
/// stances of ongoing talks, action programmes, 뜻을 모았다 and positions held; the subject of a claim that names two topics
/// (a purpose clause, a thing and what it bears on). Sentences and names are made up.</summary>
public class Round36Tests
{
    [Fact]
    public void Building_a_framework_in_Korean_is_no_congratulation()
    {
        var claim = Claims("양 장관은 항만 물류 분야의 공급망 정보 공유 체계를 구축하기로 합의하였다.", "ko").ShouldHaveSingleItem();
        claim.Debris.ShouldBeFalse();
        claim.Topics.ShouldContain("supply-chains");
        Claims("양 장관은 상대국 대표단의 방문을 축하하였다.", "ko").ShouldAllBe(c => c.Debris);
    }

    [Fact]
    public void A_new_predicate_after_a_comma_and_and_opens_its_own_claim() =>
        Pieces("The ministers also discussed the situation in Sudan, underlining the importance of its sovereignty, unity and territorial integrity, and expressed concern over the continuing violence in the Gaza Strip.")
            .ShouldContain("expressed concern over the continuing violence in the Gaza Strip.");

    [Theory]
    [InlineData("The two sides took stock of the ongoing negotiations on the bilateral investment treaty.", "open")]
    [InlineData("The two ministers agreed on the Action Plan to implement the Strategic Partnership for 2026-2030.", "decided")]
    [InlineData("양 장관은 투자보장협정 개정 협상을 올해 안에 타결하기로 뜻을 모았습니다.", "decided")]
    [InlineData("양 장관은 공동 연구 사업을 확대하기로 의견을 모았다.", "decided")]
    [InlineData("양 정상은 투자보장협정 개정 협상의 올해 안에 타결이 중요하다는 점에 공감하였다.", "decided")]
    public void Ongoing_talks_are_open_and_plans_agreed_on_are_settled(string claim, string stance) =>
        StanceMarkers.Stances(claim).ShouldContain(stance);

    [Theory]
    [InlineData("We remain committed to our one China policy.")]
    [InlineData("The two sides agreed to maintain close coordination on economic security.")]
    [InlineData("They agreed to work together for the early conclusion of the first phase of the trade deal.")]
    public void Holding_a_position_or_keeping_up_coordination_settles_no_course_of_action(string claim) =>
        StanceMarkers.Stances(claim).ShouldNotContain("decided");

    [Fact]
    public void A_condemnation_is_an_objection() =>
        StanceMarkers.Stances("The leaders reiterated their strong condemnation of the attack on the embassy.").ShouldContain("objection");

    [Fact]
    public void What_a_claim_is_for_is_not_its_subject()
    {
        var result = Compare("US-DOS", "The Secretary and the Minister agreed to launch a joint critical minerals initiative to secure and diversify supply chains.", "en",
            "IN-MEA", "They agreed to continue discussions on cooperation in critical minerals.", "en");
        result.Framing.ShouldContain(f => f.Topic == "critical-minerals");
    }

    [Fact]
    public void A_thing_and_what_it_bears_on_are_one_subject()
    {
        var result = Compare("GB-PMO", "The leaders also agreed to tighten sanctions on Russia's shadow fleet.", "en",
            "DE-BK", "The two leaders agreed to continue coordinating closely on further steps against Russia's shadow fleet.", "en");
        result.Framing.ShouldContain(f => f.Topic == "shadow-fleet");
    }

    [Fact]
    public void Korean_names_a_thing_and_what_it_bears_on_as_one_compound()
    {
        var result = Compare("KR-MOTIE", "양 장관은 최근 일부 국가의 핵심광물 수출통제 강화 움직임에 대해 우려를 표명하였다.", "ko",
            "JP-METI", "The two ministers confirmed that they oppose arbitrary export restrictions on critical minerals.", "en");
        result.Framing.ShouldContain(f => f.Topic == "critical-minerals" || f.Topic == "market-access");
    }

    [Fact]
    public void English_phrases_side_by_side_are_not_one_subject_by_that_alone()
    {
        // "Gaza reconstruction": the Middle East and a reconstruction phrase that only touch; the clause stays a listing claim.
        var result = Compare("JP-MOFA", "The two ministers also exchanged views on the situation in Ukraine and the Middle East.", "en",
            "US-DOS", "The Secretary thanked Japan for its pledge to support Gaza reconstruction under the new peace board.", "en");
        result.Framing.ShouldNotContain(f => f.Topic == "middle-east");
    }

    [Fact]
    public void Raising_a_so_called_reserve_objects_to_it_and_defends_nothing()
    {
        var result = Compare("PH-DFA", "Secretary Reyes also raised China's declaration of a so-called nature reserve at Scarborough Shoal in the South China Sea.", "en",
            "CN-MFA", "Any code of conduct in the South China Sea must respect the legitimate concerns of the regional countries.", "en");
        result.Framing.ShouldNotContain(f => f.B.Qualifiers.Contains("defended") || f.A.Qualifiers.Contains("defended"));
    }
}
