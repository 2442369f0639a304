using Divergence.Analysis.Comparison;

namespace Divergence.Analysis.Tests;

/// <summary>The mechanisms of analysis 1.1 (round 9): the parties' own country names are no anchors, and codes and
/// figures written alike in Latin script or digits bridge Korean and English. Sentences are made up.</summary>
public class Round9Tests
{
    static ComparisonResult Compare(string issuerA, string a, string langA, string issuerB, string b, string langB) =>
        Shared.Compare(issuerA, a, langA, issuerB, b, langB);

    const string Unrelated = "The two ministers discussed the weather and agreed to meet again soon.";

    [Theory]
    [InlineData("US-DOS", "United States", "American", "Washington")]
    [InlineData("KR-MOFA", "Korea", "Korean", "Seoul")]
    [InlineData("CN-MFA", "China", "Chinese", "Beijing")]
    [InlineData("PH-DFA", "Philippines", "Filipino", "Manila")]
    [InlineData("GB-FCDO", "United Kingdom", "British", "London")]
    [InlineData("EU-EEAS", "European Union", "European", "Brussels")]
    [InlineData("ZA-DIRCO", "South Africa", "South African", "Pretoria")]
    public void An_issuer_code_names_its_country_people_and_capital(string issuer, string name, string demonym, string capital)
    {
        var names = PartyNames.Of(issuer);
        names.ShouldContain(name);
        names.ShouldContain(demonym);
        names.ShouldContain(capital);
    }

    [Fact]
    public void The_table_is_general_and_unknown_prefixes_name_nothing()
    {
        foreach (var prefix in new[] { "US", "KR", "JP", "CN", "IN", "PK", "RU", "UA", "DE", "GB", "FR", "EU", "AU", "PH", "VN",
                     "ID", "TR", "BR", "ZA", "CA", "MX", "SG", "IT", "NL", "KP", "ES", "PL", "SA", "AE", "IL", "IR", "NZ", "TH", "MY" })
            PartyNames.Of(prefix + "-MFA").Count.ShouldBeGreaterThanOrEqualTo(3, prefix);
        PartyNames.Of("A").ShouldBeEmpty();
        PartyNames.Of("XQ-MFA").ShouldBeEmpty();
    }

    [Fact]
    public void Party_names_match_case_sensitively_with_possessives_and_plurals()
    {
        PartyNames.SpansIn("They told us about the US plan.", ["US-DOS"]).Count.ShouldBe(1);
        PartyNames.SpansIn("Korea's exporters and Koreans abroad", ["KR-MOFA"]).Count.ShouldBe(2);
        PartyNames.SpansIn("the Philippines and Filipino workers", ["PH-DFA"]).Count.ShouldBe(2);
    }

    const string Demonyms = "The Secretary said the policy will protect American farmers and Chinese exporters during the harvest season.";

    [Fact]
    public void The_parties_own_demonyms_are_no_anchors()
    {
        Compare("US-DOS", Demonyms, "en", "CN-MFA", Unrelated, "en").Omissions.ShouldBeEmpty();
    }

    [Fact]
    public void The_same_names_are_anchors_when_they_are_not_the_parties()
    {
        // Issuers whose country the table does not know: the two names are third countries' and stay anchors.
        var o = Compare("A", Demonyms, "en", "B", Unrelated, "en").Omissions.ShouldHaveSingleItem();
        o.Topic.ShouldBeNull();
        o.Confidence.ShouldBe(0.55);
    }

    [Fact]
    public void Latin_codes_and_figures_in_Korean_text_are_tokens_but_dates_names_and_party_codes_are_not()
    {
        var tokens = CrossScript.Tokens(
            "2025년 7월 31일 양 장관은 아세안(ASEAN) 및 G7 협력과 P-8I 도입, 2030년까지 1,500억 달러 투자를 논의하였다. 7.31 Marco Rubio 한-ROK, Indo-Pacific",
            ["KR-MOFA", "US-DOS"]);
        tokens.ShouldBe(["ASEAN", "G7", "P-8I", "2030", "1500"], ignoreOrder: true);
        CrossScript.Tokens("on 8 July 2026 in New Delhi, the 11th meeting", ["IN-MEA"]).ShouldBeEmpty();
    }

    const string KoreanCode = "양측은 KX-7 연구 사업을 내년부터 공동으로 추진하기로 합의하였다.";

    [Fact]
    public void A_Korean_claim_with_a_code_the_English_account_never_writes_is_a_concrete_omission()
    {
        var o = Compare("KR-MOFA", KoreanCode, "ko", "GB-FCDO", Unrelated, "en").Omissions.ShouldHaveSingleItem();
        o.StatedBy.ShouldBe("KR-MOFA");
        o.Topic.ShouldBeNull();
        o.Confidence.ShouldBe(0.55);
    }

    [Fact]
    public void A_Korean_claim_whose_code_the_English_account_writes_is_covered()
    {
        Compare("KR-MOFA", KoreanCode, "ko", "GB-FCDO", "The ministers agreed to take forward the KX-7 research project together.", "en")
            .Omissions.ShouldBeEmpty();
    }

    [Fact]
    public void An_English_claim_with_a_code_the_Korean_account_never_writes_is_a_concrete_omission_and_vice_versa()
    {
        const string english = "The ministers agreed to launch the ORCA-3 ocean research programme next year.";
        Compare("GB-FCDO", english, "en", "KR-MOFA", "양 장관은 날씨에 대해 이야기하고 곧 다시 만나기로 하였다.", "ko")
            .Omissions.ShouldContain(o => o.StatedBy == "GB-FCDO" && o.Topic == null);
        Compare("GB-FCDO", english, "en", "KR-MOFA", "양 장관은 ORCA-3 해양 연구 사업을 내년에 시작하기로 하였다.", "ko")
            .Omissions.ShouldNotContain(o => o.StatedBy == "GB-FCDO");
    }

    [Fact]
    public void A_shared_code_covers_a_topic_omission_across_the_languages()
    {
        const string korean = "양 장관은 KSLV-3 발사체 개발 등 우주 분야 협력을 강화하기로 하였다.";
        Shared.Analyzer.Analyze(korean, "ko").Claims.ShouldContain(c => c.Topics.Contains("space"));
        Compare("KR-MOFA", korean, "ko", "GB-FCDO", Unrelated, "en").Omissions.ShouldContain(o => o.Topic == "space");
        Compare("KR-MOFA", korean, "ko", "GB-FCDO", "The ministers welcomed the schedule for the KSLV-3 programme.", "en")
            .Omissions.ShouldNotContain(o => o.Topic == "space");
    }

    [Fact]
    public void A_code_the_other_account_repeats_everywhere_is_its_subject_not_shared_evidence()
    {
        const string korean = "양 장관은 KSLV-3 발사체 개발 등 우주 분야 협력을 강화하기로 하였다.";
        var english = "The KSLV-3 team met. The KSLV-3 budget was set. The KSLV-3 schedule was noted.";
        Compare("KR-MOFA", korean, "ko", "GB-FCDO", english, "en").Omissions.ShouldContain(o => o.Topic == "space");
    }
}
