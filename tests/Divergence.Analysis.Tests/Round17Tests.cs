using Divergence.Analysis.Comparison;
using Divergence.Analysis.Text;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 1.9 (round 17), reading a page: "with no" and "never been more important" do not negate, a fronted
/// "during the exchange of views on X" stays with its clause and "and affirmed" opens a claim, amounts are values in
/// either script's units, crime syndicates are no news notice, and an agency article on its own side's minister speaks
/// through him. Sentences are made up.</summary>
public class Round17Tests
{
    [Theory]
    [InlineData("including the swift return of persons with no legal basis to stay", false)]
    [InlineData("The two sides reached no agreement on the return of migrants.", true)]
    public void With_no_describes_and_does_not_negate(string claim, bool negated) =>
        StanceMarkers.Negated(claim).ShouldBe(negated);

    [Fact]
    public void A_fronted_exchange_of_views_stays_with_its_clause()
    {
        const string text = "During the exchange of views on strategic stability, the minister drew attention to plans to place weapons in outer space.";
        SentenceSplitter.Split(text).SelectMany(s => ClauseSplitter.Split(text, s)).Select(c => c.Of(text)).ShouldBe([text]);
    }

    [Fact]
    public void And_affirmed_opens_a_claim_of_its_own()
    {
        const string text = "The two ministers strongly condemned North Korea's repeated missile launches and affirmed continued support for Ukraine.";
        SentenceSplitter.Split(text).SelectMany(s => ClauseSplitter.Split(text, s)).Select(c => c.Of(text)).ShouldBe([
            "The two ministers strongly condemned North Korea's repeated missile launches",
            "affirmed continued support for Ukraine.",
        ]);
    }

    [Theory]
    [InlineData("exceeded 12 million last year", 12_000_000)]
    [InlineData("1,200만 명을 넘어섰다", 12_000_000)]
    [InlineData("invest $350 billion in the United States", 350_000_000_000)]
    [InlineData("3,500억 달러 규모의 대미 투자", 350_000_000_000)]
    [InlineData("USD 1.5 trillion", 1_500_000_000_000)]
    [InlineData("50,000 skilled professionals", 50_000)]
    public void Amounts_are_values_in_either_scripts_units(string text, long value) =>
        Amounts.In(text).ShouldContain(value);

    [Theory]
    [InlineData("the 2026 summit")]
    [InlineData("2025년 11월")]
    [InlineData("a 15 percent tariff")]
    public void Years_dates_and_small_numbers_are_no_amounts(string text) => Amounts.In(text).ShouldBeEmpty();

    [Theory]
    [InlineData("Our alliance has never been more important, and it is delivering.", false)]
    [InlineData("China will never accept any form of Taiwan independence.", true)]
    public void Never_more_is_emphasis_not_a_negation(string claim, bool negated)
    {
        StanceMarkers.Negated(claim).ShouldBe(negated);
        StanceMarkers.Stances(claim).Contains("negated").ShouldBe(negated);
    }

    [Fact]
    public void Crime_syndicates_are_no_syndicated_news_notice()
    {
        var claim = Shared.Analyzer.Analyze("They agreed to cooperate against telecom fraud and cyber fraud syndicates.", "en").Claims.ShouldHaveSingleItem();
        claim.Debris.ShouldBeFalse();
        Shared.Analyzer.Analyze("This story is published from a syndicated feed.", "en").Claims.ShouldAllBe(c => c.Debris);
    }

    [Theory]
    [InlineData("The two sides exchanged views on the Ukraine crisis.", false)]
    [InlineData("The two sides exchanged views on regional and international issues of common concern.", true)]
    [InlineData("They exchanged views.", true)]
    public void An_exchange_of_views_is_a_courtesy_only_on_nothing_in_particular(string sentence, bool debris) =>
        Shared.Analyzer.Analyze(sentence, "en").Claims.ShouldHaveSingleItem().Debris.ShouldBe(debris);

    [Theory]
    [InlineData("The two sides should earnestly follow through on what the two heads of state agreed.")]
    [InlineData("Wang said that under the strategic guidance of the two heads of state, relations have grown.")]
    public void Pointing_back_at_what_the_leaders_agreed_is_a_formula(string sentence) =>
        ConsensusFormula.Is(sentence).ShouldBeTrue();

    // An agency article quoting its principal in indirect speech, with the speaker named mid-sentence (made up).
    const string IndirectSpeechArticle = """
        BEIJING, April 9 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergei Lavrov in Beijing on Thursday.

        Wang, also a member of the Political Bureau of the Communist Party of China Central Committee, said that bilateral relations have kept a sound momentum.

        The two sides should make good preparations for the next round of strategic consultations.

        The two countries should mark the treaty anniversary together, Wang said, adding that visa-free travel has boosted tourism.

        Russia is China's largest supplier of crude oil.
        """;

    [Theory]
    [InlineData("Wang, also a member of the Political Bureau", true)]
    [InlineData("bilateral relations have kept a sound momentum", false)]
    [InlineData("make good preparations for the next round", false)]
    [InlineData("visa-free travel has boosted tourism", false)]
    [InlineData("largest supplier of crude oil", true)]
    public void An_agency_article_goes_on_in_indirect_speech_and_names_its_speaker_mid_sentence(string words, bool debris)
    {
        var claims = Shared.Analyzer.Analyze(IndirectSpeechArticle, "en").Claims.Where(c => c.Text.Contains(words, StringComparison.Ordinal)).ToList();
        claims.ShouldNotBeEmpty();
        claims.ShouldAllBe(c => c.Debris == debris);
    }

    // An agency article on its own side's minister, attributed to no ministry (made up in the style of a wire story).
    const string AgencyArticle = """
        Home > World

        Chinese FM holds talks with French counterpart in Paris

        Source: Xinhua
        2026-03-04 02:10:11

        PARIS, March 3 (Xinhua) -- Chinese Foreign Minister Wang Yi met with French Foreign Minister Claire Dumas here on Tuesday.

        Wang, also a member of the Political Bureau of the Communist Party of China Central Committee, said that China and France should jointly uphold free trade.

        China will extend its visa-free policy for French citizens to the end of 2028, he said, adding that the two sides should prepare for the next high-level economic dialogue.

        Wang noted that China opposes any attempt to turn trade issues into security issues.

        For his part, Dumas said that France adheres to the one-China policy.

        French winemakers have complained about Chinese anti-dumping duties on brandy, which hit exports last year.

        The French Foreign Ministry said in a statement after the meeting that the two ministers had also discussed the war in Ukraine.
        """;

    [Theory]
    [InlineData("China and France should jointly uphold free trade", false)]
    [InlineData("visa-free policy for French citizens", false)]
    [InlineData("opposes any attempt to turn trade issues", false)]
    [InlineData("France adheres to the one-China policy", false)]
    [InlineData("French winemakers have complained", true)]
    [InlineData("had also discussed the war in Ukraine", true)]
    public void An_agency_article_on_its_own_minister_speaks_through_him_and_the_counterparts_reply(string words, bool debris)
    {
        var claims = Shared.Analyzer.Analyze(AgencyArticle, "en").Claims.Where(c => c.Text.Contains(words, StringComparison.Ordinal)).ToList();
        claims.ShouldNotBeEmpty();
        claims.ShouldAllBe(c => c.Debris == debris);
    }
}
