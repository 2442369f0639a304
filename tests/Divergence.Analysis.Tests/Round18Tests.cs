using Divergence.Analysis.Comparison;
using Divergence.Analysis.Text;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.0 (round 18), reading a page: an agency credit in capitals, the talks reported after a
/// fronted frame, statistics background, ceremony and delegation lines, and the taxonomy's new wordings. Sentences are
/// made up.</summary>
public class Round18Tests
{
    const string KyodoStyle = """
        KYODO NEWS - May 13, 2026 - 01:25 | World

        BRUSSELS - Japanese Foreign Minister Toshimitsu Motegi and EU foreign policy chief Kaja Kallas agreed Tuesday to accelerate security cooperation, the ministry said.

        On economic security, the two foreign ministers agreed to cooperate in building resilient supply chains for critical minerals.
        """;

    [Fact]
    public void An_agency_credit_set_in_capitals_marks_a_news_article() => NewsArticle.Detect(KyodoStyle).ShouldBeTrue();

    [Fact]
    public void The_talks_reported_after_a_fronted_frame_are_the_issuers_account()
    {
        var claim = Shared.Analyzer.Analyze(KyodoStyle, "en").Claims.Single(c => c.Text.Contains("supply chains", StringComparison.Ordinal));
        claim.Debris.ShouldBeFalse();
        claim.Topics.ShouldContain("supply-chains");
    }

    [Theory]
    [InlineData("Two-way trade between the two countries exceeded 180 billion USD last year, according to Vietnamese customs data", true)]
    [InlineData("Defence acknowledges the Traditional Custodians of Country throughout Australia", true)]
    [InlineData("thanked the Prime Minister for India's cooperation in accepting the return of nationals", false)]
    [InlineData("expressed appreciation for the warm welcome", true)]
    public void Background_figures_and_land_acknowledgements_are_debris(string clause, bool debris) =>
        Boilerplate.IsDebrisClause(clause).ShouldBe(debris);

    [Theory]
    [InlineData("Federal Chancellor Friedrich Merz welcomed President Lee Jae-myung with military honours at the Federal Chancellery on Friday.")]
    [InlineData("Secretary (Defence Production), Vice Chief of the Naval Staff and senior officials of the Ministry of Defence were present during the meeting.")]
    [InlineData("On April 21, Mr. FUNAKOSHI Takehiro, Vice-Minister for Foreign Affairs, held the Japan-Republic of Korea (ROK) Vice-Ministerial Strategic Dialogue with Vice Minister Park Yoon-joo.")]
    public void Ceremonies_delegations_and_the_dialogue_itself_are_the_setting(string sentence) =>
        EngagementLogistics.Is(sentence).ShouldBeTrue();

    [Fact]
    public void A_topic_named_only_in_a_survey_line_closed_by_a_range_of_issues_stays_below_reporting() =>
        Shared.Compare("US-WH", "The call covered trade, fentanyl, and a range of global issues.", "en", "CN-MFA", "The presidents discussed trade.", "en")
            .Omissions.Where(o => o.Topic == "fentanyl").ShouldAllBe(o => o.Confidence < AccountComparer.ReportingConfidence);

    [Theory]
    [InlineData("President Trump welcomed India's planned procurement of six additional P-8I maritime patrol aircraft and Javelin anti-tank missiles.", "arms-purchases", true)]
    [InlineData("The Secretary pressed for the swift conclusion of the Agreement on Reciprocal, Fair, and Balanced Trade.", "trade-deal", true)]
    [InlineData("He thanked Vietnam for accepting the return of Vietnamese nationals subject to final orders of removal.", "migration", true)]
    [InlineData("He thanked Vietnam for its support in accounting for U.S. personnel missing from the war.", "war-remains", true)]
    [InlineData("The missiles will be delivered before the end of 2026 to help protect cities and critical infrastructure.", "undersea-infrastructure", false)]
    [InlineData("They agreed to protect critical undersea infrastructure.", "undersea-infrastructure", true)]
    [InlineData("이재명 대통령은 트럼프 대통령의 방한을 환영하였다.", "leader-visit", true)]
    [InlineData("조 장관은 방한 중인 쿠퍼 장관과 회담을 가졌다.", "leader-visit", false)]
    public void New_and_narrowed_wordings(string sentence, string topic, bool tagged) =>
        Shared.Analyzer.Taxonomy.Topics.Where(t => t.Matches(sentence)).Select(t => t.Id).Contains(topic).ShouldBe(tagged);

    // Stored analyses name the engine that made them: a changed analysis is a new engine version.
}
