using Divergence.Analysis.Comparison;

namespace Divergence.Analysis.Tests;

public class StanceFramingTests
{
    static ComparisonResult Compare(string a, string langA, string b, string langB) =>
        new AccountComparer().Compare(
            new Account("A", [new AccountStatement("a", Shared.Analyzer.Analyze(a, langA))]),
            new Account("B", [new AccountStatement("b", Shared.Analyzer.Analyze(b, langB))]), AccountComparer.ReportingConfidence);

    [Fact]
    public void A_settled_course_of_action_against_continued_consultation_is_framing()
    {
        const string a = "양 정상은 조선 분야 협력을 함께 추진하기로 하였습니다.";
        const string b = "양 정상은 조선 분야에서는 구체적인 협력 방안을 계속 협의해 나가기로 하였다.";
        Compare(a, "ko", b, "ko").Framing.ShouldContain(f => f.Topic == "shipbuilding");
    }

    [Fact]
    public void A_decision_beside_a_negated_detail_is_no_framing()
    {
        const string a = "The two sides agreed to a ceasefire with immediate effect.";
        const string b = "The ceasefire took effect at 5 pm. Neither side would carry out any firing on land, at sea or in the air, under the ceasefire.";
        Compare(a, "en", b, "en").Framing.ShouldNotContain(f => f.Topic == "ceasefire");
    }
}
