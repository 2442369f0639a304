using Divergence.Analysis.Text;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.8 (round 26), reading a news story: a principal with a two-letter name ("Xi"), a seat of
/// government of the other country that the story cites, and the counterpart whose words the agency's account reports.
/// Sentences are made up.</summary>
public class Round26Tests
{
    // An agency's story on its own president's call: no ministry is cited, the principal and his counterpart speak
    // for the readout; an expert, a line citing the Kremlin and the background do not.
    const string AgencyStory = """
        BEIJING, March 4 (Xinhua) -- Chinese President Xi Jinping held a phone call with Russian President Vladimir Putin on Wednesday.

        China has been Russia's largest trading partner for years.

        Xi called on the two sides to deepen cooperation in agriculture and to extend the visa-free arrangement for group tourists.

        Xi said China welcomes President Putin to attend the Summer Davos forum in Tianjin in June.

        Russia firmly supports China's position on the Taiwan question, Putin said, adding that Russia backs the Global Development Initiative.

        According to the Kremlin, the two presidents also discussed a new oil pipeline across Mongolia.

        "The call shows mutual trust," said Zhao Ming, a scholar at a Beijing university.

        Editor: Wang Li
        """;

    [Fact]
    public void A_principal_with_a_two_letter_name_speaks_for_the_issuer()
    {
        NewsArticle.LedePrincipal("BEIJING, Jan. 21 (Xinhua) -- Chinese President Xi Jinping held a video call with Russian President Vladimir Putin on Wednesday.")!
            .Value.Names.ShouldBe(["Xi", "Jinping"]);
        Kept(AgencyStory, "deepen cooperation in agriculture").ShouldBeTrue();
        Kept(AgencyStory, "Summer Davos forum").ShouldBeTrue();
    }

    [Fact]
    public void A_two_letter_word_that_opens_sentences_is_no_name()
    {
        // "He said ..." would otherwise be taken for the principal wherever it stands.
        NewsArticle.LedePrincipal("BEIJING, May 9 (Xinhua) -- Chinese Vice Premier He Lifeng held talks with the U.S. Treasury Secretary in Geneva.")!
            .Value.Names.ShouldBe(["Lifeng"]);
    }

    [Fact]
    public void A_seat_of_government_of_the_other_country_is_not_the_issuers_source()
    {
        NewsArticle.DemonymOfSeat("kremlin").ShouldBe("Russian");
        NewsArticle.DemonymOfSeat("presidential office").ShouldBeNull();
        Kept(AgencyStory, "oil pipeline across Mongolia").ShouldBeFalse();
    }

    [Fact]
    public void The_counterpart_named_in_the_lede_is_reported_from_the_issuers_readout()
    {
        NewsArticle.LedeCounterpart("BEIJING, Jan. 21 (Xinhua) -- Chinese President Xi Jinping held a video call with Russian President Vladimir Putin on Wednesday.")
            .ShouldBe(["Vladimir", "Putin"]);
        Kept(AgencyStory, "Russia firmly supports China's position on the Taiwan question").ShouldBeTrue();
        Kept(AgencyStory, "The call shows mutual trust").ShouldBeFalse();
        Kept(AgencyStory, "largest trading partner").ShouldBeFalse();
    }

    [Fact]
    public void The_counterpart_quoted_from_his_own_sides_readout_is_not_the_issuers()
    {
        const string story = """
            BEIJING, March 4 (Xinhua) -- Chinese President Xi Jinping held a phone call with Russian President Vladimir Putin on Wednesday.

            Xi called on the two sides to deepen cooperation in agriculture.

            According to the Kremlin, Putin said Russia would supply more gas through the new pipeline.
            """;
        Kept(story, "deepen cooperation in agriculture").ShouldBeTrue();
        Kept(story, "supply more gas").ShouldBeFalse();
    }

    [Fact]
    public void A_guard_of_honour_is_the_visits_setting() =>
        Claims("안 장관은 회담에 앞서 방위성 청사에서 일본 육상자위대 의장대의 의장행사를 받았다.", "ko").ShouldAllBe(c => c.Debris || c.Setting);

    [Fact]
    public void Where_the_story_cites_the_ministry_the_counterpart_speaks_only_through_it()
    {
        // The ministry's statement is the issuer's account; "Putin said" outside it is the reporter's, as before.
        const string story = """
            BEIJING, March 4 (Xinhua) -- Chinese President Xi Jinping held a phone call with Russian President Vladimir Putin on Wednesday.

            The two sides agreed to deepen cooperation in agriculture, the Chinese Foreign Ministry said in a statement.

            Russia is prepared to sell more wheat to China, Putin said on Russian television later.
            """;
        Kept(story, "deepen cooperation in agriculture").ShouldBeTrue();
        Kept(story, "sell more wheat").ShouldBeFalse();
    }
}
