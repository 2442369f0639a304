using Divergence.Analysis.Text;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.2 (round 20), reading a page: a title after "U.S." names the title's country, an agency's story
/// is known by its credit line, the body it first cites is the issuer's, and a paragraph goes on with its source.
/// Sentences are made up.</summary>
public class Round20Tests
{
    static IReadOnlyList<string> Sentences(string text) => SentenceSplitter.Split(text).Select(s => s.Of(text)).ToList();

    [Theory]
    [InlineData("The Foreign Minister held a phone call with U.S. Secretary of State Marco Rubio on the morning of June 19.")]
    [InlineData("Defense Minister Koizumi and U.S. Secretary of War Hegseth agreed to upgrade the command.")]
    public void A_title_after_US_names_the_titles_country(string sentence) =>
        Sentences(sentence).ShouldHaveSingleItem();

    [Theory]
    [InlineData("The minister welcomed Korea's strategic investment in the U.S. Secretary Rubio concurred.")]
    [InlineData("The two ministers met in the U.S. The talks lasted an hour.")]
    public void A_sentence_still_ends_after_the_US_used_as_a_noun(string text) =>
        Sentences(text).Count.ShouldBe(2);

    const string AgencyStory = """
        Ministers agree to speed up command upgrade

        KYODO
        Mar 3, 2026

        TOKYO - The two defence ministers agreed Tuesday to speed up the upgrade of the joint command, the Japanese Defense Ministry said.

        The minister raised the radar incident over the East China Sea, the ministry said. Both sides confirmed that the treaty covers the remote islands.

        Allies have been pressed to raise defence spending to 3.5 percent of output, a benchmark adopted in Europe last year.

        The Chinese Foreign Ministry said the talks were aimed at containing China.
        """;

    static bool Kept(string page, string words) =>
        Shared.Analyzer.Analyze(page, "en").Claims.Where(c => c.Text.Contains(words, StringComparison.Ordinal)).All(c => !c.Debris);

    [Fact]
    public void An_agencys_name_on_its_own_line_marks_a_news_story() =>
        NewsArticle.Detect("Ministers meet\n\nKYODO\nMar 3, 2026\n\nThe ministers met, the ministry said.\n").ShouldBeTrue();

    [Fact]
    public void An_agencys_copyright_line_marks_a_news_story() =>
        NewsArticle.Detect("The ministers met, the ministry said.\n\n(c) Kyodo News. Reproduction without permission is prohibited.\n").ShouldBeTrue();

    [Fact]
    public void A_government_page_is_no_news_story() =>
        NewsArticle.Detect("Secretary Rubio met Foreign Minister Cho today.\n\nThe two ministers discussed trade.\n").ShouldBeFalse();

    [Fact]
    public void The_body_an_agency_story_first_cites_speaks_for_the_issuer()
    {
        Kept(AgencyStory, "speed up the upgrade").ShouldBeTrue();
        Kept(AgencyStory, "radar incident").ShouldBeTrue();
    }

    [Fact]
    public void A_sentence_after_an_attributed_one_in_the_same_paragraph_goes_on_with_it() =>
        Kept(AgencyStory, "treaty covers the remote islands").ShouldBeTrue();

    [Fact]
    public void The_reporters_background_and_another_countrys_body_are_not_the_issuers()
    {
        Kept(AgencyStory, "3.5 percent").ShouldBeFalse();
        Kept(AgencyStory, "containing China").ShouldBeFalse();
    }

    [Fact]
    public void A_reporters_gloss_in_the_present_tense_does_not_go_on_with_the_quote()
    {
        const string page = "Ministers meet\n\nKYODO\n\nThe minister urged respect for the partnership, the Japanese Foreign Ministry said. Tokyo often uses the phrase to refer to the fishing dispute.\n";
        Kept(page, "urged respect").ShouldBeTrue();
        Kept(page, "often uses the phrase").ShouldBeFalse();
    }
}
