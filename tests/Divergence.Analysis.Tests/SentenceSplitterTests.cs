using Divergence.Analysis.Text;

namespace Divergence.Analysis.Tests;

public class SentenceSplitterTests
{
    static string[] Sentences(string text) => SentenceSplitter.Split(text).Select(s => s.Of(text)).ToArray();

    [Fact]
    public void Abbreviations_do_not_end_sentences()
    {
        var text = "Mr. Kim met the U.S. envoy on Feb. 3 at the U.N. headquarters. They discussed trade.";
        Sentences(text).ShouldBe([
            "Mr. Kim met the U.S. envoy on Feb. 3 at the U.N. headquarters.",
            "They discussed trade.",
        ]);
    }

    [Fact]
    public void An_acronym_can_end_a_sentence_when_a_new_one_starts()
    {
        var text = "The Minister arrived in the U.S. The two sides then met.";
        Sentences(text).ShouldBe(["The Minister arrived in the U.S.", "The two sides then met."]);
    }

    [Fact]
    public void Lines_are_boundaries_and_spans_point_into_the_original()
    {
        var text = "Readout\n\nWASHINGTON — The Secretary met the Minister.  \n  Share";
        var spans = SentenceSplitter.Split(text);
        spans.Select(s => s.Of(text)).ShouldBe(["Readout", "WASHINGTON — The Secretary met the Minister.", "Share"]);
        spans[1].Start.ShouldBe(text.IndexOf("WASHINGTON", StringComparison.Ordinal));
    }

    [Fact]
    public void Korean_dates_and_sentence_endings()
    {
        var text = "조현 장관은 7.31.(목) 루비오 장관과 회담하였다. 양측은 한미동맹의 현대화에 공감하였다.";
        Sentences(text).ShouldBe(["조현 장관은 7.31.(목) 루비오 장관과 회담하였다.", "양측은 한미동맹의 현대화에 공감하였다."]);
    }
}
