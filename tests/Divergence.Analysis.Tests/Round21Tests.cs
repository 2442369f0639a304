using Divergence.Analysis.Comparison;
using Divergence.Analysis.Text;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.3 (round 21), reading a page: a month's abbreviation is one only before a date, a TASS story is
/// known by its dateline and copyright, the story's principal and its seat of government speak for the issuer, and a
/// quote's tail that only names the speaker says nothing. Sentences are made up.</summary>
public class Round21Tests
{
    static IReadOnlyList<string> Sentences(string text) => SentenceSplitter.Split(text).Select(s => s.Of(text)).ToList();

    static bool Kept(string page, string words) =>
        Shared.Analyzer.Analyze(page, "en").Claims.Where(c => c.Text.Contains(words, StringComparison.Ordinal)).All(c => !c.Debris);

    static IReadOnlyList<string> TopicsOf(string sentence, string language = "en") =>
        Shared.Analyzer.Analyze(sentence, language).Claims.SelectMany(c => c.Topics).ToList();

    [Fact]
    public void A_name_that_looks_like_a_month_ends_a_sentence() =>
        Sentences("The Secretary spoke with Minister of National Defense Adm. Dong Jun. Building on their last meeting, they discussed crisis communication.")
            .Count.ShouldBe(2);

    [Theory]
    [InlineData("The talks were held on Jun. 3 in Seoul and lasted two hours.")]
    [InlineData("The ministers met under Resolution No. 2397 of the Council.")]
    public void A_month_or_number_abbreviation_before_a_figure_ends_nothing(string sentence) =>
        Sentences(sentence).ShouldHaveSingleItem();

    [Theory]
    [InlineData("NEW DELHI, October 20. /TASS/. The ministers met, the Russian Foreign Ministry said.\n")]
    [InlineData("The ministers met, the ministry said.\n\n© 1999-2026 TASS\n")]
    public void A_tass_dateline_or_copyright_marks_a_news_story(string page) => NewsArticle.Detect(page).ShouldBeTrue();

    const string TassStory = """
        Ministers discuss summit preparations

        MOSCOW, March 4. /TASS/. Russian Foreign Minister Sergey Lavrov and Indian External Affairs Minister S. Jaishankar discussed preparations for the annual summit, the Russian Foreign Ministry said in a statement.

        Lavrov said the two sides would keep expanding settlements in national currencies.

        Russia backs India's chairmanship of the grouping this year, the Russian foreign minister noted.

        Trade between the two countries has grown fourfold since 2021, driven by crude oil.
        """;

    [Fact]
    public void The_principal_of_a_story_on_his_own_ministrys_statement_speaks_for_the_issuer()
    {
        Kept(TassStory, "settlements in national currencies").ShouldBeTrue();
        Kept(TassStory, "chairmanship of the grouping").ShouldBeTrue();
        Kept(TassStory, "fourfold").ShouldBeFalse();
    }

    const string SeatStory = """
        Leaders discuss investment in phone call

        WASHINGTON, Sept. 24 (Yonhap) -- The two presidents discussed the investment package in a phone call, the White House said.

        "The two leaders agreed to modernize the alliance," White House Press Secretary Karoline Leavitt said in a statement issued after the call.

        On North Korea, Leavitt said the president remains open to dialogue with Pyongyang.

        The president also invited his counterpart to a summit in Miami, according to the White House.

        The two leaders last met in Gyeongju a year ago.
        """;

    [Fact]
    public void The_seat_of_government_a_story_first_cites_speaks_for_the_issuer()
    {
        Kept(SeatStory, "summit in Miami").ShouldBeTrue();
        Kept(SeatStory, "last met in Gyeongju").ShouldBeFalse();
    }

    [Fact]
    public void A_speaker_is_known_by_either_name()
    {
        Kept(SeatStory, "remains open to dialogue").ShouldBeTrue();
        Shared.Analyzer.Analyze(SeatStory, "en").Claims.Where(c => c.Text.Contains("Karoline Leavitt said", StringComparison.Ordinal))
            .ShouldAllBe(c => c.Debris);
    }

    [Fact]
    public void A_seat_cited_after_the_ministry_is_another_sides()
    {
        const string page = """
            SEOUL, Sept. 24 (Yonhap) -- The two ministers discussed the investment package, the foreign ministry said.

            Washington plans a presidential trip in spring, according to the White House.
            """;
        Kept(page, "presidential trip").ShouldBeFalse();
    }

    [Fact]
    public void The_other_sides_readout_released_by_its_seat_is_no_attribution_to_the_issuer() =>
        NewsArticle.AttributedSeat("A readout released by the Pentagon said the two sides had also discussed nuclear issues.").ShouldBeNull();

    [Fact]
    public void A_lede_names_a_minister_of_national_defense_as_its_principal() =>
        NewsArticle.LedePrincipal("BEIJING, Feb. 26 (Xinhua) -- Chinese Minister of National Defense Dong Jun held a video call with his counterpart on Thursday.")
            .ShouldNotBeNull().Demonym.ShouldBe("Chinese");

    [Fact]
    public void A_sites_publishing_notice_is_debris() =>
        Boilerplate.IsDebris("Content on this portal is published and managed by the Press Office of the Ministry of Information.").ShouldBeTrue();

    [Theory]
    [InlineData("The two leaders welcomed the progress towards the planned acquisition of 26 additional Rafale aircraft.", "en", "arms-purchases", true)]
    [InlineData("The two companies will jointly develop the engine for the next fighter aircraft.", "en", "arms-purchases", true)]
    [InlineData("The minister expressed grave concern over Japan's accelerated military build-up.", "en", "militarism", true)]
    [InlineData("The two countries share a commitment to democracy, the rule of law and the rules-based international order.", "en", "rule-of-law", false)]
    [InlineData("The Secretary reaffirmed that the Alliance remains the linchpin of peace and prosperity in the region.", "en", "alliance-commitments", true)]
    [InlineData("양 장관은 한미동맹은 역내 평화와 번영의 핵심축이라고 하였다.", "ko", "alliance-commitments", true)]
    [InlineData("양 장관은 동맹을 더욱 굳건히 발전시켜 나가기로 하였다.", "ko", "alliance-commitments", true)]
    [InlineData("The two leaders agreed to modernize the U.S.-Republic of Korea Alliance.", "en", "alliance-modernization", true)]
    [InlineData("The ministers welcomed the success of Exercise Kangaroo in August.", "en", "combined-defense-posture", true)]
    [InlineData("The exercise showed how much remains to be done.", "en", "combined-defense-posture", false)]
    [InlineData("The President invited the Prime Minister to the Group of 20 summit in Miami in December.", "en", "leader-visit", false)]
    public void Round_21_taxonomy_wordings(string sentence, string language, string topic, bool expected) =>
        TopicsOf(sentence, language).Contains(topic).ShouldBe(expected);

    [Theory]
    [InlineData("The two ministers committed to sustaining a strong combined defence posture.", "decided")]
    [InlineData("양 장관은 협정 개선 협상에 속도를 내기로 하였다.", "open")]
    public void Round_21_stances(string claim, string stance) => StanceMarkers.Stances(claim).ShouldContain(stance);

    [Fact]
    public void Deterring_a_threat_is_no_objection() =>
        StanceMarkers.Stances("북한의 위협을 억제하기 위해 강력한 연합방위태세를 유지해 나가기로 하였다.").ShouldNotContain("objection");
}
