using Divergence.Analysis.Comparison;

namespace Divergence.Analysis.Tests;

/// <summary>The mechanisms of analysis 1.2 (round 10): a reporter's question labelled with the outlet is debris; a
/// clause that only reports the meeting is setting; the acknowledgement of Country on Australian pages is site text;
/// a Korean list closed by "등 제반 분야" is a survey; opposing against only voicing concern is framing.
/// Sentences are made up.</summary>
public class Round10Tests
{
    static ComparisonResult Compare(string issuerA, string a, string langA, string issuerB, string b, string langB) =>
        Shared.Compare(issuerA, a, langA, issuerB, b, langB);

    static Claim ClaimWith(string text, string language, string words) =>
        Shared.Analyzer.Analyze(text, language).Claims.First(c => c.Text.Contains(words));

    [Theory]
    [InlineData("Remarks to the press by Foreign Minister Example after her talks in Berlin\n\nWe agreed to expand cooperation on green hydrogen.\n\n")]
    [InlineData("The Foreign Minister met her counterpart in Berlin. They agreed to expand cooperation on green hydrogen.\n\n")]
    public void A_question_labelled_with_the_reporters_outlet_is_debris(string before)
    {
        var text = before + "Question (Example Radio): Minister, steel tariffs of 40 percent were imposed on exports last month. Will you respond?\n\n" +
                   "Answer: We will discuss it with our partners.";
        ClaimWith(text, "en", "steel tariffs").Debris.ShouldBeTrue();
        ClaimWith(text, "en", "green hydrogen").Debris.ShouldBeFalse();
    }

    [Fact]
    public void A_Korean_clause_that_only_reports_the_meeting_is_setting_and_the_rest_of_its_sentence_is_not()
    {
        const string text = "조현 외교부 장관은 3.5.(목) 방한 중인 예시 외교장관과 외교장관회담을 갖고, 양국 간 청정에너지 협력을 확대해 나가기로 하였다.";
        var claims = Shared.Analyzer.Analyze(text, "ko").Claims;
        claims.First(c => c.Text.Contains("회담을 갖고")).Setting.ShouldBeTrue();
        claims.First(c => c.Text.Contains("청정에너지")).Setting.ShouldBeFalse();
    }

    [Fact]
    public void The_acknowledgement_of_Country_on_Australian_pages_is_site_text()
    {
        const string text = "Minister Example and her counterpart agreed to open a new consulate in Perth next year. " +
                            "We acknowledge the Traditional Custodians of Country throughout Australia and pay our respects to Elders past and present.";
        ClaimWith(text, "en", "Traditional Custodians").Debris.ShouldBeTrue();
        ClaimWith(text, "en", "consulate").Debris.ShouldBeFalse();
    }

    [Fact]
    public void A_Korean_list_of_fields_closed_by_and_all_fields_is_a_survey_below_reporting()
    {
        const string korean = "양 장관은 국방·방산, 경제안보, 에너지 등 제반 분야에서 실질 협력을 심화해 나가자고 하였다.";
        const string english = "The ministers discussed defence industry cooperation and economic security.";
        var all = Shared.Compare("KR-MOFA", korean, "ko", "AU-DFAT", english, "en", minimumConfidence: 0);
        all.Omissions.Where(o => o.StatedBy == "KR-MOFA").ShouldAllBe(o => o.Confidence < AccountComparer.ReportingConfidence);
    }

    [Theory]
    [InlineData("They reaffirmed their strong opposition to unilateral attempts to change the status quo by force in the East China Sea.",
        "The ministers expressed serious concern about the situation in the East China Sea.", true)]
    [InlineData("The ministers strongly condemned the situation in the East China Sea.",
        "The ministers expressed serious concern about the situation in the East China Sea.", true)]
    [InlineData("The ministers expressed concern about the situation in the East China Sea.",
        "The ministers expressed serious concern about the situation in the East China Sea.", false)]
    [InlineData("They reaffirmed their strong opposition to unilateral attempts to change the status quo by force in the East China Sea.",
        "They strongly opposed any unilateral attempt to change the status quo by coercion in the East China Sea.", false)]
    public void Opposing_against_only_voicing_concern_is_framing(string a, string b, bool framed)
    {
        Shared.Analyzer.Analyze(a, "en").Claims.ShouldContain(c => c.Topics.Contains("east-china-sea"));
        var framing = Compare("JP-MOFA", a, "en", "AU-DFAT", b, "en").Framing.Where(f => f.Topic == "east-china-sea");
        framing.Any().ShouldBe(framed);
    }

    [Fact]
    public void Korean_concern_against_English_condemnation_is_framing()
    {
        const string korean = "양 장관은 동중국해 정세에 대해 우려를 표명하였다.";
        const string english = "The ministers condemned the dangerous actions in the East China Sea.";
        Shared.Analyzer.Analyze(korean, "ko").Claims.ShouldContain(c => c.Topics.Contains("east-china-sea"));
        Compare("KR-MOFA", korean, "ko", "AU-DFAT", english, "en").Framing.ShouldContain(f => f.Topic == "east-china-sea");
    }

    const string Leaders = "Building on the understandings reached in the telephone conversation between the President of the Russian Federation " +
                           "Vladimir Putin and the President of the United States Donald Trump, the ministers reviewed the next steps.";

    [Fact]
    public void The_parties_office_holders_named_after_their_titles_are_no_anchors()
    {
        Compare("RU-MID", Leaders, "en", "US-DOS", "The Secretary spoke with the Foreign Minister about the weather.", "en")
            .Omissions.ShouldNotContain(o => o.Topic == null);
    }

    [Fact]
    public void The_same_names_are_anchors_when_the_countries_are_not_the_parties()
    {
        Compare("A", Leaders, "en", "B", "The Secretary spoke with the Foreign Minister about the weather.", "en")
            .Omissions.ShouldContain(o => o.Topic == null && o.Confidence == 0.55);
    }
}
