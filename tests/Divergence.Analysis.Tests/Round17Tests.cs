using Divergence.Analysis.Comparison;
using Divergence.Analysis.Text;
using Divergence.Analysis.Topics;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 1.9 (round 17): renewables are energy, companies' rights are the business environment, a past
/// summit the talks build on is context, "with no" describes rather than negates, a fronted "during the exchange of
/// views on X" stays with its clause, and a purpose or "with ... expected to" tail is detail of its head. Sentences
/// are made up.</summary>
public class Round17Tests
{
    [Theory]
    [InlineData("energy", "The ministers agreed to speed up the work of the bilateral Offshore Wind Taskforce.", true)]
    [InlineData("energy", "The ministers agreed to expand cooperation on solar power.", true)]
    [InlineData("energy", "양측은 해상 풍력 발전 협력을 확대하기로 했다.", true)]
    [InlineData("business-environment", "He asked Canberra to protect the legitimate rights and interests of Chinese companies.", true)]
    [InlineData("nationals-safety", "He asked Canberra to protect the legitimate rights and interests of Chinese companies.", false)]
    [InlineData("migration", "They agreed to speed up the return of people with no legal basis to remain.", true)]
    [InlineData("leader-visit", "Their meeting built on the Japan-EU Summit of last July.", false)]
    [InlineData("leader-visit", "They reviewed the fact sheet released following the leaders' meeting in Gyeongju.", false)]
    [InlineData("leader-visit", "Their talks built on the outcomes of the leaders' meeting in Gyeongju.", false)]
    [InlineData("leader-visit", "They agreed to prepare for a leaders' meeting later this year.", true)]
    [InlineData("leader-visit", "The two sides agreed to hold a summit in Tokyo in the first half of the year.", true)]
    [InlineData("leader-visit", "양국 관계는 두 차례의 정상회담을 거치며 한 단계 발전했다.", false)]
    [InlineData("leader-visit", "양 장관은 작년 한미 정상회담의 성과를 높이 평가했다.", false)]
    [InlineData("leader-visit", "양 장관은 상반기 중 정상회담을 개최하기 위해 긴밀히 소통하기로 했다.", true)]
    [InlineData("ukraine-support", "The Chancellor reaffirmed Germany's steadfast support for Ukraine.", true)]
    [InlineData("ukraine-support", "He urged partners to do more in supporting Ukraine's air defence.", true)]
    [InlineData("ukraine-support", "양 정상은 우크라이나에 대한 지원을 지속하기로 했다.", true)]
    [InlineData("ukraine-support", "They discussed the situation in Ukraine.", false)]
    [InlineData("militarism", "The Russian side noted with concern that Tokyo has embarked on a course towards accelerated militarisation.", true)]
    [InlineData("militarism", "He voiced concern over the militarization of outposts in the South China Sea.", false)]
    [InlineData("critical-minerals", "They agreed to explore cooperation in the mining sector.", true)]
    [InlineData("critical-minerals", "They agreed to step up cooperation in minerals and mining.", true)]
    [InlineData("alliance-commitments", "양 장관은 한미동맹이 그 어느 때보다 굳건하다는 데 공감하였다.", true)]
    [InlineData("shipbuilding", "양 장관은 조선 및 민간 원자력 분야 협력의 성과를 점검하였다.", true)]
    [InlineData("energy", "양 장관은 조선 및 민간 원자력 분야 협력의 성과를 점검하였다.", true)]
    [InlineData("energy", "양국은 민간 원자력 협정 개정 문제를 논의했다.", true)]
    [InlineData("energy", "양 정상은 인공지능(AI), 수소 등 첨단 분야로 협력을 넓히기로 했다.", true)]
    [InlineData("energy", "북한의 수소탄 시험 가능성에 우려를 표명하였다.", false)]
    [InlineData("land-boundary", "The talks also covered the temporary border controls between the two countries.", true)]
    [InlineData("history", "Germany is taking responsibility for its past.", true)]
    [InlineData("history", "They discussed a memorial to the victims of the German occupation.", true)]
    public void Taxonomy_2026_19_reads_words_more_narrowly_or_more_widely(string topic, string claim, bool named) =>
        Taxonomy.Default.Find(topic)!.Matches(claim).ShouldBe(named);

    [Fact]
    public void Telecoms_is_the_telecommunications_item()
    {
        const string a = "The two sides agreed to deepen collaboration in telecommunications and quantum technologies.";
        const string b = "The ministers agreed to step up joint work on telecoms and quantum technologies.";
        Shared.Compare("IN-MEA", a, "en", "GB-FCDO", b, "en").Omissions.ShouldNotContain(o => o.StatedBy == "IN-MEA");
    }

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

    [Theory]
    [InlineData("The ministers welcomed progress on the Chennai-Bengaluru high-speed rail project, with the first section between Hosur and Krishnagiri expected to open to passengers in 2028.",
                "Both sides welcomed the progress of the Chennai-Bengaluru high-speed rail project.")]
    [InlineData("China hopes that Australia will treat Chinese investment in its ports in line with market principles, so as to protect the legitimate rights and interests of Chinese companies.",
                "The two ministers discussed Chinese investment in Australian ports.")]
    public void A_purpose_or_expected_outcome_tail_is_detail_of_its_shared_head(string a, string b) =>
        Shared.Compare("CN-MFA", a, "en", "AU-DFAT", b, "en").Omissions.ShouldNotContain(o => o.StatedBy == "CN-MFA");

    [Fact]
    public void The_same_quantity_in_two_wordings_is_the_same_point()
    {
        const string a = "Secretary Hegseth noted that the United States will invest $240 million this fiscal year in infrastructure at Enhanced Defense Cooperation Agreement sites.";
        const string b = "Secretary Hegseth informed SND Santos that the US will allocate USD 240 million in the current fiscal year for infrastructure projects at Enhanced Defense Cooperation Agreement (EDCA) sites.";
        Shared.Compare("US-DOD", a, "en", "PH-DND", b, "en").Omissions.ShouldNotContain(o => o.StatedBy == "US-DOD");
    }

    [Theory]
    [InlineData("climate", "They agreed to speed up the work of the India-UK Offshore Wind Taskforce.", false)]
    [InlineData("climate", "They agreed to speed up the work of the India-UK Green Hydrogen Taskforce.", true)]
    // Named in passing, on no topic of the claim: not an answer to it.
    [InlineData("critical-minerals", "They welcomed the first anniversary of the Technology Security Initiative.", true)]
    public void A_programme_both_sides_name_answers_the_point_made_under_it(string topic, string other, bool omitted)
    {
        var a = topic == "climate"
            ? "The two ministers also talked about skills, welcoming new joint degree courses, and climate, where they agreed to step up work under the UK-India Offshore Wind Taskforce."
            : "The two ministers also talked about skills, welcoming new joint degree courses, and critical minerals, where they agreed to launch a recycling pilot under the Technology Security Initiative.";
        Shared.Compare("GB-FCDO", a, "en", "IN-MEA", other, "en").Omissions.Any(o => o.StatedBy == "GB-FCDO" && o.Topic == topic).ShouldBe(omitted);
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

    [Fact]
    public void Support_for_Ukraine_is_answered_by_the_other_sides_words_on_peace_but_a_request_for_more_is_not()
    {
        const string peace = "The ministers agreed to keep working toward a just and lasting peace in Ukraine.";
        Shared.Compare("FR-MEAE", "The Minister reaffirmed France's unwavering support for Ukraine.", "en", "JP-MOFA", peace, "en")
            .Omissions.ShouldNotContain(o => o.StatedBy == "FR-MEAE");
        Shared.Compare("DE-AA", "He encouraged Seoul to expand its support for Ukraine.", "en", "KR-MOFA", peace, "en")
            .Omissions.ShouldContain(o => o.StatedBy == "DE-AA" && o.Topic == "ukraine-support");
    }

    [Theory]
    [InlineData("The two ministers agreed to accelerate concrete cooperation in defence equipment and technology.", "en",
                "The ministers agreed to explore opportunities for cooperation in defence equipment and technology.")]
    [InlineData("양 정상은 상반기 중 총리의 방한을 추진하기로 했다.", "ko",
                "The two leaders agreed to continue coordinating a convenient time for the Prime Minister's next visit to the ROK.")]
    [InlineData("The ministers welcomed the implementation of the reciprocal trade agreement concluded last year.", "en",
                "The minister expressed hope for an early finalization of the remaining elements of the trade arrangement.")]
    public void A_course_settled_on_one_side_and_still_open_on_the_other_is_a_framing(string a, string language, string b) =>
        Shared.Compare("JP-MOFA", a, language, "IN-MEA", b, "en").Framing.ShouldNotBeEmpty();

    [Fact]
    public void A_framework_signed_is_a_settled_course() =>
        StanceMarkers.Stances("under the ten-year defence framework signed in October last year").ShouldContain("approval");

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

    [Fact]
    public void The_same_amount_in_Korean_and_English_units_is_the_same_point()
    {
        // English against a Korean account (with an English line, so the English route compares): the figure is no anchor.
        const string en = "5. Welcoming that the number of people travelling between Japan and the ROK exceeded 12 million last year, the highest figure on record, the two leaders agreed to jointly look into expanding the number of participants in the working holiday programme.";
        const string ko = "아울러 양 정상은 지난해 양국 간 인적 교류가 1,200만 명을 넘어서며 역대 최대치를 기록한 것을 평가하고, 워킹홀리데이 참가 인원 확대 방안을 함께 검토해 나가기로 했습니다.\n" +
                          "The two leaders also agreed to cooperate on artificial intelligence.";
        Shared.Compare("JP-PMO", en, "en", "KR-PO", ko, "ko").Omissions.ShouldNotContain(o => o.StatedBy == "JP-PMO");
        // Korean against English: a shared amount is shared evidence of the same point, whatever topic each side names.
        const string koInvest = "양 장관은 3,500억 달러 규모의 대미 투자 패키지 이행 상황을 점검하였다.";
        const string enInvest = "They reviewed the implementation of the $350 billion package agreed last year.";
        Shared.Compare("KR-MOFA", koInvest, "ko", "US-DOS", enInvest, "en").Omissions.ShouldNotContain(o => o.StatedBy == "KR-MOFA");
    }

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

    // Stored analyses name the engine that made them: a changed analysis is a new engine version.
    [Fact]
    public void The_engine_version_is_1_9() => StatementAnalyzer.EngineVersion.ShouldBe("divergence-analysis 1.9");
}
