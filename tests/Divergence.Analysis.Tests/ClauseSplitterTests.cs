using Divergence.Analysis.Text;

namespace Divergence.Analysis.Tests;

public class ClauseSplitterTests
{
    static string[] Claims(string text) => Shared.Pieces(text);

    [Fact]
    public void A_listing_sentence_gives_one_claim_per_commitment()
    {
        var text = "The ministers reaffirmed their commitment to the complete denuclearization of North Korea, the full implementation of UN Security Council resolutions, and expressed serious concern about military cooperation between North Korea and Russia.";
        Claims(text).ShouldBe([
            "The ministers reaffirmed their commitment to the complete denuclearization of North Korea",
            "the full implementation of UN Security Council resolutions",
            "expressed serious concern about military cooperation between North Korea and Russia.",
        ]);
    }

    [Fact]
    public void Short_serial_lists_dates_and_appositives_stay_whole()
    {
        var text = "On July 31, 2025, the Alliance remains the linchpin of peace, security, and prosperity in the region.";
        Claims(text).ShouldBe([text]);
    }

    [Fact]
    public void A_thousands_separator_is_not_a_clause_break()
    {
        var text = "Recalling its role in the fight against terrorism, the Prime Minister noted that the country had suffered over 90,000 casualties and losses exceeding USD 152 billion.";
        Claims(text).ShouldBe([
            "Recalling its role in the fight against terrorism",
            "the Prime Minister noted that the country had suffered over 90,000 casualties and losses exceeding USD 152 billion.",
        ]);
    }

    [Fact]
    public void Korean_connective_endings_close_a_clause()
    {
        var text = "양 장관은 한반도의 완전한 비핵화 목표를 재확인하고, 대북정책에 있어 한미 간 빈틈없는 공조를 지속해 나가기로 하였다.";
        Claims(text).Length.ShouldBe(2);
    }

    [Fact]
    public void Every_claim_is_an_exact_span_of_the_original()
    {
        var text = "Secretary Rubio met Minister Cho.  They discussed trade, investment in U.S. shipyards, and the supply chains of critical minerals; they also agreed to meet again.";
        foreach (var s in SentenceSplitter.Split(text))
        foreach (var c in ClauseSplitter.Split(text, s))
        {
            c.Of(text).ShouldNotStartWith(" ");
            text.Substring(c.Start, c.Length).ShouldBe(c.Of(text));
        }
    }
}
