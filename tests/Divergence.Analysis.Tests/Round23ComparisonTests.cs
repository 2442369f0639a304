namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.5 (round 23), comparing two accounts: a named project is named by the other side when it writes
/// the project's rare word; a clause naming the basis of a point is no point; views exchanged on a region commit to
/// nothing; a Korean courtesy lends no stance to the clause before it. Sentences are made up.</summary>
public class Round23ComparisonTests
{
    const string Project = "On civil nuclear cooperation, the leaders agreed to continue discussions on the Jaitapur Nuclear Power Project.";

    [Fact]
    public void A_project_the_other_side_names_by_its_rare_word_is_shared() =>
        Shared.Compare("IN-MEA", Project, "en",
                "FR-ELYSEE", "Civil nuclear energy. The two leaders welcomed the finalisation of the techno-commercial offer for the six EPR reactors at Jaitapur.", "en",
                minimumConfidence: 0)
            .Omissions.ShouldNotContain(o => o.StatedBy == "IN-MEA" && o.Label.Contains("Jaitapur", StringComparison.Ordinal));

    [Fact]
    public void A_project_whose_rare_word_the_other_side_never_writes_is_omitted() =>
        Shared.Compare("IN-MEA", Project, "en",
                "FR-ELYSEE", "Civil nuclear energy. The two leaders welcomed the finalisation of the techno-commercial offer for six EPR reactors.", "en",
                minimumConfidence: 0)
            .Omissions.ShouldContain(o => o.StatedBy == "IN-MEA" && o.Label.Contains("Jaitapur", StringComparison.Ordinal));

    [Fact]
    public void A_word_the_model_knows_whole_is_common_and_one_it_pieces_together_is_rare()
    {
        Embedding.ModelVocabulary.IsRare("power").ShouldBeFalse();
        Embedding.ModelVocabulary.IsRare("Pacific").ShouldBeFalse();
        Embedding.ModelVocabulary.IsRare("Jaitapur").ShouldBeTrue();
    }

    [Fact]
    public void The_basis_a_clause_names_is_no_point_of_its_own()
    {
        const string peace = "The two leaders called for a just and lasting peace in Ukraine, in accordance with international law and the principles of the United Nations Charter.";
        const string other = "The leaders welcomed the progress in the delivery of Rafale aircraft to the Indian Navy.";
        Shared.Compare("FR-ELYSEE", peace, "en", "IN-MEA", other, "en")
            .Omissions.ShouldNotContain(o => o.Evidence.Text.StartsWith("in accordance with", StringComparison.Ordinal));
        Shared.Compare("FR-ELYSEE", "The two leaders called for a just and lasting peace in Ukraine, and welcomed the opening of the United Nations Charter Museum in Lyon.", "en", "IN-MEA", other, "en")
            .Omissions.ShouldContain(o => o.Evidence.Text.Contains("Charter Museum", StringComparison.Ordinal));
    }

    const string Other = "The two Ministers agreed to strengthen cooperation in clean energy.";

    [Fact]
    public void Views_exchanged_on_a_region_are_not_reported_as_its_omission()
    {
        var result = Shared.Compare("KR-MOFA", "The two Ministers agreed to strengthen cooperation in clean energy. They also exchanged views on the situations in Ukraine and the Middle East.", "en",
            "GB-FCDO", Other, "en", minimumConfidence: 0);
        var middleEast = result.Omissions.Where(o => o.Topic == "middle-east").ShouldHaveSingleItem();
        middleEast.Confidence.ShouldBeLessThan(0.5);
    }

    [Fact]
    public void Views_exchanged_with_examples_named_are_a_point() =>
        Shared.Compare("KR-MOFA", "The two Ministers agreed to strengthen cooperation in clean energy. They also exchanged views on the situation in the Middle East, including Gaza and Syria.", "en",
                "GB-FCDO", Other, "en")
            .Omissions.ShouldContain(o => o.Topic == "middle-east");

    [Fact]
    public void A_korean_courtesy_closing_the_sentence_lends_no_stance_to_its_topic()
    {
        const string korean = "양 정상은 우크라이나 및 중동 정세 등 주요 지역·국제 현안에 대해 의견을 교환하고, 앞으로도 정상 간 긴밀한 소통을 이어가기로 했습니다.";
        const string english = "The two leaders also exchanged views on the situations in Ukraine and the Middle East, and agreed to continue close communication between the leaders.";
        Shared.Compare("KR-PO", korean, "ko", "JP-PMO", english, "en").Framing.ShouldBeEmpty();
        // The point that does close a Korean sentence still gives its topic a stance ("계속 협의해 나가기로").
        Shared.Compare("KR-MOFA", "양측은 대미 투자 첫 프로젝트 후보군에 대해 의견을 교환하고, 앞으로 실무 협의를 계속해 나가기로 하였다.", "ko",
                "US-DOC", "The two sides agreed on the first slate of projects to be financed under the investment agreement.", "en")
            .Framing.ShouldContain(f => f.Topic == "investment");
    }

    [Fact]
    public void A_korean_negation_inside_a_modifier_negates_nothing()
    {
        Comparison.StanceMarkers.Negated("특정 공급원에 편중되지 않은 다변화된 공급망을 구축하기로 하였다.").ShouldBeFalse();
        Comparison.StanceMarkers.Negated("양측은 이 문제에 합의하지 않았다.").ShouldBeTrue();
        Shared.Compare("US-DOS", "They also discussed efforts to build secure and diversified critical minerals supply chains.", "en",
                "KR-MOFA", "양 장관은 핵심광물 분야에서 특정 공급원에 편중되지 않은 다변화된 공급망을 구축하기 위한 협력 방안을 논의하였다.", "ko")
            .Framing.ShouldBeEmpty();
    }
}
