namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.7 (round 25), comparing two accounts: a newspaper that cites the ministry by its acronym ("MFA
/// said", "said MFA") and goes on with "On the economic front, he ..."; a reporter's city in the byline and an agency's
/// name mark a news story; "ADVERTISEMENT" does not interrupt it; a long name is its acronym with a word left out
/// (CPTPP). Sentences and names are made up.</summary>
public class Round25ComparisonTests
{
    const string Straits = """
        SINGAPORE
        Minister Tan and US counterpart reaffirm ties
        By Mei Ling Goh, Diplomatic Correspondent
        Published Dec 4, 2026, 09:12 AM

        SINGAPORE - Foreign Minister Tan met the US Secretary of State in Washington on Dec 3.

        In a press release on Dec 4, the Ministry of Foreign Affairs (MFA) said the two ministers reaffirmed the excellent relations between Singapore and the US.

        Dr Tan thanked the US for hosting Singapore Armed Forces training detachments in several US states, MFA said.

        On the economic front, he underscored the importance of an open, rules-based multilateral trading system.

        Singapore was hit with a 10 per cent baseline tariff in April 2025.

        The two ministers welcomed progress in exploring cooperation on small modular reactors, said MFA.

        Dr Tan conveyed an invitation to attend the summits in Singapore next year.
        """;

    // Not Shared.Kept (whether every claim with some words is kept): the claims that are the issuer's, to search.
    static IReadOnlyList<Claim> IssuersClaims(string page) => Shared.Claims(page).Where(c => !c.Debris).ToList();

    [Theory]
    [InlineData("training detachments")]
    [InlineData("multilateral trading system")]
    [InlineData("small modular reactors")]
    [InlineData("an invitation to attend")]
    public void What_the_ministry_said_by_its_acronym_is_the_issuers_account(string words) =>
        IssuersClaims(Straits).ShouldContain(c => c.Text.Contains(words, StringComparison.Ordinal));

    [Fact]
    public void The_reporters_background_in_the_same_story_is_not() =>
        IssuersClaims(Straits).ShouldNotContain(c => c.Text.Contains("baseline tariff", StringComparison.Ordinal));

    [Fact]
    public void The_ministrys_trailing_acronym_is_cut_from_the_claim() =>
        IssuersClaims(Straits).Single(c => c.Text.Contains("small modular reactors", StringComparison.Ordinal)).Text.ShouldNotContain("said MFA");

    const string Agency = """
        WORLD
        Ministers double down on submarine pact in London talks
        By Marcus Reed in London
        Australian Associated Press

        Senator Wong met her British counterpart in London on Thursday.

        "We are pleased with the progress being made," Senator Wong said in a statement after the meeting.

        ADVERTISEMENT

        On Ukraine, she said Australia and Britain would keep supporting the war-torn nation.

        Opposition foreign affairs spokeswoman Jane Doe said the government needed a firm timeline for lifting defence spending.
        """;

    [Theory]
    [InlineData("Australian Associated Press\n")]
    [InlineData("By Marcus Reed in London\n")]
    public void A_reporters_city_in_the_byline_or_the_agencys_name_marks_a_news_story(string leftOut)
    {
        IssuersClaims(Agency.Replace(leftOut, "")).ShouldNotContain(c => c.Text.Contains("defence spending", StringComparison.Ordinal));
        IssuersClaims(Agency.Replace("By Marcus Reed in London\n", "").Replace("Australian Associated Press\n", ""))
            .ShouldContain(c => c.Text.Contains("defence spending", StringComparison.Ordinal));
    }

    const string Honorifics = """
        By Mei Ling Goh, Diplomatic Correspondent

        SINGAPORE - The foreign minister met the US Secretary of State in Washington on Dec 3.

        Foreign Minister Tan said the two ministers reaffirmed the excellent relations, according to the ministry.

        Dr Tan conveyed an invitation to attend the summits in Singapore next year.

        The Ministry of Foreign Affairs said that Dr Lim reiterated Singapore's support for a sustained US presence in the region.

        Lim welcomed progress on cooperation in small modular reactors.
        """;

    [Theory]
    [InlineData("an invitation to attend")]
    [InlineData("small modular reactors")]
    public void A_minister_named_with_an_honorific_speaks_for_the_ministry_the_story_quotes(string words) =>
        IssuersClaims(Honorifics).ShouldContain(c => c.Text.Contains(words, StringComparison.Ordinal));

    [Fact]
    public void An_advertisement_between_paragraphs_does_not_interrupt_the_ministers_words() =>
        IssuersClaims(Agency).ShouldContain(c => c.Text.Contains("keep supporting", StringComparison.Ordinal));

    const string Canada = "On trade, the ministers discussed ways to strengthen the Comprehensive and Progressive Agreement for Trans-Pacific Partnership.";

    [Fact]
    public void A_long_name_is_the_acronym_that_leaves_a_word_out() =>
        Shared.Compare("CA-GAC", Canada, "en", "JP-MOFA", "The two ministers confirmed that they would strengthen the free and fair economic order, including the CPTPP.", "en")
            .Omissions.ShouldNotContain(o => o.StatedBy == "CA-GAC");

    [Fact]
    public void The_long_name_against_another_agreement_is_still_an_omission() =>
        Shared.Compare("CA-GAC", Canada, "en", "JP-MOFA", "The two ministers confirmed that they would strengthen the free and fair economic order, including the RCEP.", "en")
            .Omissions.ShouldContain(o => o.StatedBy == "CA-GAC");
}
