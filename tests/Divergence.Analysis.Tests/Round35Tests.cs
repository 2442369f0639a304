using Divergence.Analysis.Comparison;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 3.7 (round 35). Stances: talks that continue, things agreed on or announced as concluded, deadlines,
/// talks close to conclusion, close consultation; an English clause that speaks of its claim's thing again; a side whose
/// single claims take no stance. Pages: Korean list bullets under "다음 분야에서", en-dash bullets, a backgrounder after the
/// summit, a street address. Figures written in words. Sentences and names are made up.</summary>
public class Round35Tests
{
    [Theory]
    [InlineData("The two sides concurred on continuing the general review of the Comprehensive Economic Partnership Agreement.", "open")]
    [InlineData("They agreed to continue the third round of negotiations on the investment protocol.", "open")]
    [InlineData("The leaders agreed on the introduction of new high-speed trains on the corridor.", "decided")]
    [InlineData("The leaders announced the conclusion of negotiations on a civil nuclear cooperation agreement.", "decided")]
    [InlineData("The ministers agreed on the need to conclude the fisheries protocol within 2026.", "decided")]
    [InlineData("양 정상은 투자 협정의 연내 타결이 중요하다는 데 공감하였다.", "decided")]
    [InlineData("양 장관은 청년 교류를 확대하기 위해 연수생 규모를 늘리는 데 합의하였다.", "decided")]
    public void Continuing_talks_are_open_and_things_agreed_on_or_concluded_are_settled(string claim, string stance) =>
        StanceMarkers.Stances(claim).ShouldContain(stance);

    [Fact]
    public void Follow_up_talks_close_to_conclusion_are_settled_not_open()
    {
        var stances = StanceMarkers.Stances("양 정상은 조선 분야 후속 협의가 최종 타결에 근접했다는 데 공감했다.");
        stances.ShouldContain("decided");
        stances.ShouldNotContain("open");
    }

    [Fact]
    public void Close_consultation_is_no_open_talk()
    {
        var stances = StanceMarkers.Stances("양 장관은 내년 회의가 성공적으로 열릴 수 있도록 긴밀히 협의해 나가기로 했다.");
        stances.ShouldNotContain("open");
        stances.ShouldNotContain("decided");
    }

    [Fact]
    public void An_answer_that_no_demand_was_made_says_the_topic_was_absent() =>
        StanceMarkers.Absent("A. 이번 회담에서 방위비 분담금 재협상 요구는 없었습니다.").ShouldBeTrue();

    [Fact]
    public void A_clause_that_names_its_claims_thing_again_gives_it_its_stance()
    {
        var result = Compare("KR-MOTIE", "양측은 비관세장벽 해소를 위한 협의가 마무리 단계에 이르렀다는 데 공감했다.", "ko", "US-USTR",
            "Ambassador Greer underscored the importance of eliminating non-tariff barriers facing U.S. exporters, including in the automotive sector, and the two sides noted that discussions on resolving these barriers will continue.", "en");
        var framing = result.Framing.ShouldHaveSingleItem();
        framing.Topic.ShouldBe("market-access");
        // The reader sees the clause that takes the stance.
        framing.B.Text.ShouldContain("these barriers will continue");
    }

    [Fact]
    public void A_clause_about_something_else_lends_no_stance()
    {
        Compare("KR-MOTIE", "양측은 비관세장벽 해소를 위한 협의가 마무리 단계에 이르렀다는 데 공감했다.", "ko", "US-USTR",
            "Ambassador Greer underscored the importance of eliminating non-tariff barriers facing U.S. exporters, and the two sides noted that discussions on the reporting calendar will continue.", "en")
            .Framing.ShouldNotContain(f => f.Topic == "market-access");
    }

    [Fact]
    public void A_side_whose_single_claims_take_no_stance_speaks_through_its_listing_claims()
    {
        const string concern = "The Secretary expressed concern over the situation near Scarborough Shoal in the South China Sea.";
        const string shared = "Under the treaty, armed attacks on Philippine vessels anywhere in the South China Sea are covered.\n" +
                              "\"We expressed our concern over China's dangerous actions against our vessels near Bajo de Masinloc,\" the Secretary said.";
        // The second side's only claim with a stance also names China's conduct: it speaks for that side all the same.
        TopicsOf(shared).Count(t => t == "china-conduct").ShouldBe(1);
        Compare("US-DOS", concern, "en", "PH-DFA", shared, "en").Framing.ShouldNotContain(f => f.Topic == "south-china-sea");
        // Condemning where the other side is only concerned stays the framing it is.
        Compare("US-DOS", concern, "en", "PH-DFA", shared.Replace("expressed our concern over", "condemned"), "en")
            .Framing.ShouldContain(f => f.Topic == "south-china-sea");
    }

    const string KoreanListRelease = """
        3. 양 장관은 양국 간 실질협력을 확대하기 위해 다음 분야에서 협력을 강화해 나가기로 하였다.
        ㅇ 자유무역협정 서비스·투자 후속협상의 조속한 타결 노력
        ㅇ 핵심광물 공급망 안정화를 위한 소통 강화
        """;

    [Fact]
    public void Korean_bullets_under_a_sentence_that_introduces_them_are_its_points()
    {
        var claims = Claims(KoreanListRelease, "ko");
        claims.ShouldContain(c => c.Text.Contains("핵심광물 공급망") && !c.Debris);
        claims.ShouldContain(c => c.Text.Contains("후속협상의 조속한 타결") && !c.Debris);
    }

    [Fact]
    public void En_dash_bullets_under_a_lead_in_are_its_points() =>
        Claims("The two Secretaries discussed the following areas of cooperation:\n– Continued investment in infrastructure at agreed sites;\n– Cooperation on critical minerals;")
            .ShouldContain(c => c.Text.Contains("critical minerals") && !c.Debris);

    const string BackgroundBriefing = """
        이재명 대통령, 트럼프 대통령과 정상회담

        양 정상은 조선 협력을 확대해 나가기로 했습니다.

        ※ 아래는 회담 직후 현지 프레스센터에서 진행된 대통령실 고위관계자 백브리핑의 질의응답 요지입니다.

        Q. 미국 측이 방위비 분담금 인상을 요구했나.
        A. 대통령께서 한미 통화스와프를 포함한 외환 안전장치가 필요하다는 점을 설명하셨습니다.
        Q. 귀국 일정은 어떻게 되나.
        A. 내일 오전 출발합니다.
        """;

    [Fact]
    public void A_senior_officials_backgrounder_right_after_the_summit_keeps_its_answers_about_it()
    {
        var claims = Claims(BackgroundBriefing, "ko");
        claims.ShouldContain(c => c.Text.Contains("통화스와프") && !c.Debris);
        claims.ShouldContain(c => c.Text.Contains("내일 오전 출발") && c.Debris);
    }

    [Fact]
    public void A_street_address_alone_is_the_pages() =>
        Claims("No. 1 Ton That Dam, Ba Dinh, Ha Noi.\nThe two ministers agreed to expand rice trade.")
            .ShouldContain(c => c.Text.StartsWith("No. 1", StringComparison.Ordinal) && c.Debris);

    [Theory]
    [InlineData("Japan's defence expenditure reached 2 percent of GDP this year.", "Japan's defence expenditure reached two percent of GDP this year.")]
    [InlineData("About 600,000 Vietnamese nationals live in Japan.", "The ministers praised the six hundred thousand Vietnamese people living in Japan.")]
    public void A_figure_written_in_words_on_the_other_side_is_no_figure_left_out(string digits, string words) =>
        Compare("JP-MOFA", digits, "en", "VN-MOFA", words, "en").Omissions.ShouldNotContain(o => o.StatedBy == "JP-MOFA" && o.Label.StartsWith("figure"));

    [Fact]
    public void A_figure_in_words_that_differs_is_still_left_out() =>
        Compare("JP-MOFA", "Japan's defence expenditure reached 2 percent of GDP this year.", "en", "US-WH",
                "The President welcomed Japan's plan to spend three percent of GDP on defence.", "en")
            .Omissions.ShouldContain(o => o.StatedBy == "JP-MOFA" && o.Label.StartsWith("figure"));

    [Theory]
    [InlineData("six hundred thousand people", "600,000 people")]
    [InlineData("ten trillion yen", "10 trillion yen")]
    [InlineData("a hundred and twenty students", "120 students")]
    [InlineData("twenty-five percent", "25 percent")]
    [InlineData("the two leaders", "the 2 leaders")]
    public void Spelled_numbers_read_as_digits(string words, string digits) =>
        Text.SpelledNumbers.Digits(words).ShouldBe(digits);

    [Fact]
    public void An_acronym_that_takes_a_letter_from_inside_a_word_is_the_name_written_out()
    {
        Text.Acronyms.Abbreviates("KKH", "Karakoram Highway").ShouldBeTrue();
        Text.Acronyms.Abbreviates("KHK", "Karakoram Highway").ShouldBeFalse();
        Text.Acronyms.Abbreviates("KH", "Karakoram Highway").ShouldBeFalse();
        // Every word of the name gives its initial: "KAR" is the first word alone.
        Text.Acronyms.Abbreviates("KAR", "Karakoram Highway").ShouldBeFalse();
        var result = Compare("PK-MOFA", "The two sides agreed to advance the corridor, with priority to the realignment of the KKH and the Gwadar Port.", "en",
            "CN-MFA", "The two sides agreed to upgrade the corridor, giving priority to the realignment of the Karakoram Highway and the Gwadar Port.", "en", 0);
        result.Omissions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("They agreed to sign the Coral Reef Fisheries Compact next year.", "Compact")]
    [InlineData("They agreed that the Harbour Shipping Forum will meet in Vestra next year.", "Forum")]
    public void A_named_compact_or_forum_the_other_side_never_names_is_left_out(string stating, string head) =>
        Compare("AU-DFAT", stating, "en", "NZ-MFAT", "They discussed fisheries and shipping in the Pacific.", "en")
            .Omissions.ShouldContain(o => o.StatedBy == "AU-DFAT" && o.Label.EndsWith(head));

    [Fact]
    public void Listing_claims_never_make_a_contrast_the_single_claims_do_not_show()
    {
        // The protest names three topics; on maritime security itself neither side takes a stance.
        const string protest = "The Philippines protested the water cannon attack on a fisheries vessel near Pag-asa Island and the firing of flares at a coast guard aircraft.\n" +
                               "Both sides agreed to further improve the maritime communication mechanisms between their coast guards.";
        const string neutral = "Officials of the foreign affairs and coast guard departments of both sides attended the talks.\n" +
                               "They reviewed the channels between their coast guards.";
        Compare("PH-DFA", protest, "en", "CN-MFA", neutral, "en").Framing.ShouldNotContain(f => f.Topic == "maritime-security");
    }
}
