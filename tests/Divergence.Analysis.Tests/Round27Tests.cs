using Divergence.Analysis.Text;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.9 (round 27), reading a page: a wire story known by its dateline on a line of its own or by its
/// reading time, whose lede names the principal by the country's name ("Japan's top diplomat ... told") and cites the
/// readout it reports; a minister's doorstop after a media release, her answers under a transcript's capital labels.
/// Sentences and names are made up.</summary>
public class Round27Tests
{
    const string WireStory = """
        Harbour Wire
        World | Asia | Markets

        Japan says fisheries talks should not hold back Korea ties

        TOKYO, April 7 (Harbour Wire)

        Japan's top diplomat Sato Kenji told South Korea's foreign minister on Tuesday that the two countries should not let fisheries disputes set the agenda, according to a readout issued by the Japanese Foreign Ministry.

        "Fisheries questions should be handled calmly by the working group," Sato was quoted as telling his counterpart.

        Beyond fisheries, Sato said Japan would open a new consulate in Daegu next year.

        The two neighbours signed a fisheries accord in 1999 that expired in 2016.

        "Both capitals want calm before the election," said Mori Ai, a researcher at a Tokyo think tank.

        © 2026 Harbour Wire
        """;

    [Fact]
    public void A_dateline_on_a_line_of_its_own_marks_a_wire_story()
    {
        NewsArticle.Detect("Harbour Wire\n\nTOKYO, April 7 (Harbour Wire)\n\nThe ministers met on Tuesday.").ShouldBeTrue();
        // A government page dates its releases too, but not with a bracketed agency after the day.
        NewsArticle.Detect("Press Releases\n\nTOKYO, April 7\n\nThe ministers met on Tuesday.").ShouldBeFalse();
        Kept(WireStory, "signed a fisheries accord in 1999").ShouldBeFalse();
        Kept(WireStory, "researcher at a Tokyo think tank").ShouldBeFalse();
    }

    [Fact]
    public void A_reading_time_beside_the_update_stamp_marks_a_newspaper() =>
        NewsArticle.Detect("Updated April 7, 2026 9:40 PM GMT+9 · 3 min read\n\nThe ministers met on Tuesday.").ShouldBeTrue();

    [Fact]
    public void The_principal_named_by_his_countrys_name_speaks_for_the_issuer()
    {
        var lede = NewsArticle.LedePrincipal("Japan's top diplomat Sato Kenji told South Korea's foreign minister on Tuesday that talks should go on.")!.Value;
        lede.Names.ShouldBe(["Sato", "Kenji"]);
        lede.Demonym.ShouldBe("Japanese");
        Kept(WireStory, "new consulate in Daegu").ShouldBeTrue();
    }

    [Fact]
    public void The_body_whose_readout_the_lede_cites_is_the_storys_own()
    {
        // No principal by title here: the readout the lede cites settles whose story it is.
        const string story = """
            TOKYO, April 7 (Harbour Wire)

            Japan and South Korea agreed on Tuesday to resume fisheries talks, according to a readout issued by the Japanese Foreign Ministry.

            The two sides also agreed to open a consulate in Daegu, the ministry said.

            The Korean Foreign Ministry said in a statement that it had raised the issue of textbooks.
            """;
        Kept(story, "resume fisheries talks").ShouldBeTrue();
        Kept(story, "consulate in Daegu").ShouldBeTrue();
        Kept(story, "issue of textbooks").ShouldBeFalse();
    }

    [Fact]
    public void Was_quoted_as_telling_closes_the_speakers_quotation() =>
        Kept(WireStory, "handled calmly by the working group").ShouldBeTrue();

    const string ReleaseWithDoorstop = """
        Media release
        Meeting with Foreign Minister Lindqvist

        Today I met Foreign Minister Lindqvist of Sweden in Canberra. We discussed trade and critical minerals.

        Transcript
        Doorstop, Parliament House, Canberra

        NORA HALE, MINISTER FOR FOREIGN AFFAIRS: I have just met Minister Lindqvist. Happy to take a few questions.

        JOURNALIST: Did you raise the Arctic?

        HALE: I did. I proposed a joint research station in Svalbard with our Antarctic division.

        JOURNALIST: On another matter, the Opposition says the budget is late?

        HALE: I will leave that to the Treasurer.
        """;

    [Fact]
    public void A_ministers_doorstop_answers_are_her_account()
    {
        PressAppearance.Detect(ReleaseWithDoorstop).ShouldBeTrue();
        Kept(ReleaseWithDoorstop, "joint research station in Svalbard").ShouldBeTrue();
        Kept(ReleaseWithDoorstop, "Did you raise the Arctic").ShouldBeFalse();
    }

    [Theory]
    [InlineData("HALE: I did.", 6)]
    [InlineData("NORA HALE, MINISTER FOR FOREIGN AFFAIRS: I have just met him.", 41)]
    public void A_transcripts_capital_label_is_the_speakers_not_the_answer(string line, int answerAt) =>
        PressAppearance.AnswerTextAt(line).ShouldBe(answerAt);
}
