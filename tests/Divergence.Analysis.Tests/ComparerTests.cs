using Divergence.Analysis.Comparison;

namespace Divergence.Analysis.Tests;

public class ComparerTests
{
    static ComparisonResult Compare(string a, string langA, string b, string langB, double min = 0) =>
        new AccountComparer().Compare(
            new Account("A", [new AccountStatement("a", Shared.Analyzer.Analyze(a, langA))]),
            new Account("B", [new AccountStatement("b", Shared.Analyzer.Analyze(b, langB))]), min);

    [Fact]
    public void English_against_Korean_reports_topics_with_evidence_in_each_language()
    {
        const string en = "The two sides discussed trade. Secretary Rubio underscored that peace and stability across the Taiwan Strait are essential.";
        const string ko = "양 장관은 관세 협의를 진행하였다. 양 장관은 한미일 3국 협력을 지속 강화해 나가기로 하였다.";
        var r = Compare(en, "en", ko, "ko");
        var taiwan = r.Omissions.Single(o => o.Topic == "taiwan-strait");
        en.Substring(taiwan.Evidence.Start, taiwan.Evidence.End - taiwan.Evidence.Start).ShouldBe(taiwan.Evidence.Text);
        var trilateral = r.Omissions.Single(o => o.Topic == "trilateral-cooperation");
        trilateral.StatedBy.ShouldBe("B");
        trilateral.Evidence.Text.ShouldContain("한미일");
    }

    [Fact]
    public void Korean_against_Korean_uses_bigrams_so_the_same_point_is_not_an_omission()
    {
        const string a = "양 정상은 조선업 분야 협력을 함께 추진하기로 하였습니다.";
        const string b = "조선업 분야 협력을 함께 추진하기로 함.";
        Compare(a, "ko", b, "ko").Omissions.ShouldBeEmpty();
    }

    [Fact]
    public void Boilerplate_alone_is_never_an_omission()
    {
        const string a = "Skip to main content\nHome > Press Releases > Readouts\nThe below is attributable to Spokesperson Tammy Bruce:\nThe two sides exchanged views on regional issues.\nShare\nPrint";
        const string b = "The ministers met in Seoul.";
        Compare(a, "en", b, "en").Omissions.ShouldBeEmpty();
    }

    [Fact]
    public void Questions_and_answers_after_the_readout_are_not_compared()
    {
        const string a = "The ministers met in Seoul.\nQuestion: Did they discuss fentanyl?\nWe have nothing to add on fentanyl precursors today.";
        Compare(a, "en", "The ministers met in Seoul.", "en").Omissions.ShouldBeEmpty();
    }

    [Fact]
    public void Every_divergence_has_a_confidence_and_the_minimum_filters()
    {
        const string a = "Secretary Rubio underscored that peace and stability across the Taiwan Strait are essential. The two sides agreed to expand cooperation on the restoration of historic lighthouses along remote coastlines.";
        const string b = "The ministers discussed trade.";
        var all = Compare(a, "en", b, "en");
        all.Omissions.ShouldAllBe(o => o.Confidence > 0 && o.Confidence <= 1);
        var reported = Compare(a, "en", b, "en", AccountComparer.ReportingConfidence);
        reported.Omissions.ShouldAllBe(o => o.Confidence >= AccountComparer.ReportingConfidence);
        reported.Omissions.Count.ShouldBeLessThanOrEqualTo(all.Omissions.Count);
        Compare(a, "en", b, "en", 1.0).Omissions.ShouldBeEmpty();
    }

    [Fact]
    public void A_claim_no_topic_covers_can_still_be_an_open_vocabulary_candidate()
    {
        const string a = "The ministers discussed trade. The two sides agreed to expand cooperation on the restoration of historic lighthouses along remote coastlines.";
        const string b = "The ministers discussed trade.";
        var candidate = Compare(a, "en", b, "en").Omissions.ShouldHaveSingleItem();
        candidate.Topic.ShouldBeNull();
        candidate.Evidence.Text.ShouldContain("lighthouses");
        candidate.Confidence.ShouldBeLessThan(AccountComparer.ReportingConfidence);
    }
}

public class NegationFramingTests
{
    [Fact]
    public void Agreed_versus_did_not_agree_on_one_topic_is_framing_not_agreement()
    {
        var a = Shared.Analyzer.Analyze("The two leaders agreed on the tariff package.", "en");
        var b = Shared.Analyzer.Analyze("The two leaders did not reach agreement on the tariff package.", "en");
        var r = new AccountComparer().Compare(new Account("A", [new AccountStatement("a", a)]), new Account("B", [new AccountStatement("b", b)]));
        var f = r.Framing.ShouldHaveSingleItem();
        f.Topic.ShouldBe("tariffs");
        f.B.Qualifiers.ShouldContain("negated");
    }
}
