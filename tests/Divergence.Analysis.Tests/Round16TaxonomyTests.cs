using Divergence.Analysis.Topics;

namespace Divergence.Analysis.Tests;

/// <summary>Taxonomy 2026.18 (round 16): words read more narrowly (선박 is not shipbuilding, "non-tariff" not tariffs,
/// "price" not rice) or more widely (war remains, cultural content, 2+2 meetings, China's global initiatives). Sentences
/// are made up.</summary>
public class Round16TaxonomyTests
{
    [Theory]
    [InlineData("shipbuilding", "조 장관은 유엔 제재를 회피하기 위한 불법 선박 간 환적을 감시하는 활동에 사의를 표하였다.", false)]
    [InlineData("shipbuilding", "양 장관은 선박 건조 분야 협력을 확대하기로 하였다.", true)]
    [InlineData("tariffs", "He called for the removal of non-tariff barriers for Indian pharmaceutical products.", false)]
    [InlineData("tariffs", "양측은 비관세 장벽 해소를 위해 노력하기로 하였다.", false)]
    [InlineData("tariffs", "He urged the removal of tariff and non-tariff barriers.", true)]
    [InlineData("agricultural-trade", "China hopes the EU will reach a solution on price undertakings for electric vehicles.", false)]
    [InlineData("agricultural-trade", "Japan asked Korea to ease its restrictions on rice imports.", true)]
    [InlineData("nationals-safety", "A Code of Conduct should not prejudice the legitimate rights and interests of third parties.", false)]
    [InlineData("nationals-safety", "He urged Pakistan to protect the rights and interests of Chinese nationals.", true)]
    [InlineData("business-environment", "The agreement will improve market access for British and Korean businesses in services and digital trade.", false)]
    [InlineData("business-environment", "He asked for a fair environment for Korean companies operating in China.", true)]
    [InlineData("energy", "He said India's sourcing of crude, including from Russia, is guided by its energy security.", true)]
    [InlineData("alliance-commitments", "양 장관은 이번 회담이 굳건한 한미동맹을 재확인한 계기였다고 평가하였다.", true)]
    [InlineData("arms-purchases", "The ministers welcomed progress on the upgraded Mogami-class frigates for the Royal Australian Navy.", true)]
    [InlineData("war-remains", "He thanked the minister for the partnership in recovering the remains of U.S. service members missing from the Korean War.", true)]
    [InlineData("war-remains", "양 장관은 6·25 전쟁 미군 유해 발굴 협력을 지속하기로 하였다.", true)]
    [InlineData("south-china-sea", "She briefed him on the water cannon attacks against coast guard vessels near Bajo de Masinloc.", true)]
    public void Taxonomy_2026_18_reads_words_more_narrowly_or_more_widely(string topic, string claim, bool named) =>
        Taxonomy.Default.Find(topic)!.Matches(claim).ShouldBe(named);

    [Theory]
    [InlineData("human-rights", "He also called for the release of Jimmy Lai.", true)]
    [InlineData("human-rights", "The parties discussed the release of civilians held in captivity.", false)]
    [InlineData("nationals-safety", "He pressed for the early release and repatriation of Indian nationals recruited into the army.", true)]
    [InlineData("climate", "They agreed to step up cooperation under the Green and Sustainable Development Partnership.", true)]
    [InlineData("climate", "China stands ready to deepen cooperation in green development.", true)]
    [InlineData("climate", "They agreed to cooperate on green hydrogen.", false)]
    [InlineData("cultural-content", "게임·드라마·공연 등 문화콘텐츠 분야 교류 확대를 위한 중국 측의 관심을 요청하였다.", true)]
    [InlineData("cultural-content", "The ministers agreed to expand cooperation in the film and drama industries.", true)]
    [InlineData("cultural-content", "The two sides agreed to expand cultural exchanges.", false)]
    [InlineData("business-environment", "조 장관은 중국에 진출한 우리 기업들이 안정적으로 경영활동을 할 수 있도록 지원을 당부하였다.", true)]
    [InlineData("china-global-initiatives", "China appreciates the positive attitude toward the Global Governance Initiative.", true)]
    [InlineData("china-global-initiatives", "양측은 글로벌 발전 이니셔티브 협력을 논의하였다.", true)]
    [InlineData("two-plus-two", "They agreed to hold the next Japan-Australia 2+2 Foreign and Defence Ministerial Consultations in Australia.", true)]
    [InlineData("two-plus-two", "양 장관은 올해 상반기 중 한미 외교·국방(2+2) 장관회의를 개최하기로 하였다.", true)]
    [InlineData("two-plus-two", "양 장관은 외교·국방 차관급 2+2 대화를 개최하기로 하였다.", true)]
    [InlineData("migration", "Britain and India agreed to speed up the return of Indian nationals with no right to remain in the UK.", true)]
    [InlineData("migration", "He thanked India for accepting the return of Indian nationals who are in the United States illegally.", true)]
    [InlineData("arms-purchases", "They discussed progress toward co-production of Javelin anti-tank guided missiles in India.", true)]
    [InlineData("dprk-russia-cooperation", "The ministers condemned North Korea's continued ballistic missile launches and its military cooperation with Russia.", true)]
    [InlineData("leader-visit", "양 장관은 지난해 10월 경주 한미 정상회담의 후속 조치가 순조롭게 진행되고 있다고 평가하였다.", false)]
    [InlineData("leader-visit", "양 장관은 연내 한미 정상회담 개최를 위해 긴밀히 협력하기로 하였다.", true)]
    [InlineData("multilateral-summits", "지난해 10월 경주 APEC 정상회의 계기 한미 정상회담 이후 양국 간 후속 협의가 진행되고 있다.", false)]
    [InlineData("multilateral-summits", "중국은 올해 APEC 정상회의를 성공적으로 개최할 수 있도록 지지를 요청하였다.", true)]
    [InlineData("arms-purchases", "The two ministers agreed to deepen defence industrial cooperation.", true)]
    [InlineData("arms-purchases", "양 장관은 방산 분야 협력을 심화해 나가기로 하였다.", true)]
    [InlineData("arms-purchases", "He urged the PRC to stop providing dual-use goods that sustain Russia's defense industrial base.", false)]
    [InlineData("alliance-modernization", "They discussed the transition of wartime operational control.", true)]
    [InlineData("alliance-modernization", "양 장관은 전시작전통제권 전환 로드맵을 마련하기로 합의했다.", true)]
    [InlineData("combined-defense-posture", "양 장관은 주한미군의 역할을 평가하였다.", true)]
    [InlineData("human-rights", "양 장관은 탈북민 강제 송환 문제에 대해 논의하였다.", true)]
    [InlineData("human-rights", "They discussed the protection of North Korean defectors.", true)]
    [InlineData("investment", "China is willing to deepen practical cooperation with the UK in trade and investment.", false)]
    [InlineData("investment", "He welcomed Korean investment in battery plants in Georgia.", true)]
    [InlineData("investment", "He sought to strengthen relations in trade, investment and counter-terrorism.", true)]
    [InlineData("sanctions-implementation", "They called for the full implementation of the relevant UN Security Council resolutions.", true)]
    [InlineData("sanctions-implementation", "The ministers condemned North Korea's launches in violation of multiple Security Council resolutions.", true)]
    [InlineData("sanctions-implementation", "They discussed a contribution to the stabilization force authorized by UN Security Council Resolution 2803.", false)]
    [InlineData("sanctions-implementation", "The dispute should be settled on the basis of relevant UN Security Council resolutions and bilateral agreements.", false)]
    public void Taxonomy_2026_18_reads_a_named_prisoner_nationals_release_and_green_development(string topic, string claim, bool named) =>
        Taxonomy.Default.Find(topic)!.Matches(claim).ShouldBe(named);
}
