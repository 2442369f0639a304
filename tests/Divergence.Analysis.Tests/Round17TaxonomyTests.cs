using Divergence.Analysis.Topics;

namespace Divergence.Analysis.Tests;

/// <summary>Taxonomy 2026.19 (round 17): renewables, support for Ukraine, the land border, war legacies, companies' rights
/// as the business environment, a summit the talks build on as context, Korean wordings of the alliance, shipbuilding,
/// civil nuclear and hydrogen. Sentences are made up.</summary>
public class Round17TaxonomyTests
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
    [InlineData("middle-east", "The Ministers also exchanged perspectives on developments in West Asia.", true)]
    [InlineData("dprk-dialogue", "He briefed Wang on efforts to ease tensions and restart dialogue between the North and the South.", true)]
    [InlineData("ukraine-reconstruction", "양 정상은 필리조선소 설비 확충을 통해 미국 조선업 재건을 함께 뒷받침해 나가기로 했다.", false)]
    [InlineData("ukraine-reconstruction", "양측은 우크라이나 재건 협력 방안을 논의하였다.", true)]
    [InlineData("multilateral-summits", "The talks built on President Trump's successful visit to Gyeongju for the APEC Leaders' Meeting last year.", false)]
    [InlineData("multilateral-summits", "China welcomes Russia's participation in the APEC Economic Leaders' Meeting in Shenzhen.", true)]
    [InlineData("alliance-commitments", "양 장관은 한미동맹이 한반도와 역내 평화·안정의 핵심축으로서 그 어느 때보다 굳건하다는 데 공감하였다.", true)]
    public void Taxonomy_2026_19_reads_words_more_narrowly_or_more_widely(string topic, string claim, bool named) =>
        Taxonomy.Default.Find(topic)!.Matches(claim).ShouldBe(named);

    [Fact]
    public void Telecoms_is_the_telecommunications_item()
    {
        const string a = "The two sides agreed to deepen collaboration in telecommunications and quantum technologies.";
        const string b = "The ministers agreed to step up joint work on telecoms and quantum technologies.";
        Shared.Compare("IN-MEA", a, "en", "GB-FCDO", b, "en").Omissions.ShouldNotContain(o => o.StatedBy == "IN-MEA");
    }
}
