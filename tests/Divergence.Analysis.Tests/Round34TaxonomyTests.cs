using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Taxonomy 2026.36 (round 34): intellectual property and geographical indications as a topic; the Northern Sea
/// Route; a build-up of military activity; a community named by its people; coercive measures; technical barriers to
/// trade; UPI; Official Security Assistance; the flexibility of U.S. forces; and what is no leaders' visit (a summit of
/// three), no EU accession (the OECD by its full name), no critical technology (battery storage on the
/// grid) and no satellite in the national security adviser's name (위성락).
/// Sentences are made up.</summary>
public class Round34TaxonomyTests
{
    [Theory]
    [InlineData("The Commissioner asked Korea to protect additional geographical indications for European wines and cheeses.", "en", "intellectual-property")]
    [InlineData("양측은 지식재산 보호와 지리적 표시 협력을 강화하기로 하였다.", "ko", "intellectual-property")]
    [InlineData("Russia invited Indian shipping companies to make wider use of the Northern Sea Route.", "en", "arctic")]
    [InlineData("The ministers voiced concern over the build-up of military activity near the Korean Peninsula.", "en", "military-activity")]
    [InlineData("He asked Japan to look after the more than 600,000 Vietnamese people living and working in Japan.", "en", "diaspora")]
    [InlineData("Minister Motegi explained Japan's position on the coercive economic measures taken against Japanese firms.", "en", "china-conduct")]
    [InlineData("The Commission called for the removal of technical barriers to trade affecting European machinery exports.", "en", "market-access")]
    [InlineData("양측은 자동차 분야 기술 장벽 해소 방안을 논의하였다.", "ko", "market-access")]
    [InlineData("The leaders welcomed the launch of UPI payments at shops in Paris.", "en", "digital-economy")]
    [InlineData("Japan will provide coastal radars to the Philippine Navy under Official Security Assistance.", "en", "maritime-security")]
    [InlineData("They discussed the flexibility of U.S. forces stationed on the Peninsula to respond to regional contingencies.", "en", "alliance-modernization")]
    [InlineData("Australia will fund grid and battery storage projects in Indonesia.", "en", "energy")]
    public void Wordings_of_topics(string sentence, string language, string topic) => TopicsOf(sentence, language).ShouldContain(topic);

    [Theory]
    [InlineData("The two Ministers will continue to work toward holding the Japan-China-ROK Summit at an early date.", "en", "leader-visit")]
    [InlineData("The minister welcomed the support for Thailand's accession to the Organisation for Economic Co-operation and Development.", "en", "eu-accession")]
    [InlineData("Australia will fund grid and battery storage projects in Indonesia.", "en", "critical-technologies")]
    [InlineData("회담 후 위성락 국가안보실장은 현지 프레스센터에서 기자들의 질문에 답했습니다.", "ko", "space")]
    public void Not_these_topics(string sentence, string language, string topic) => TopicsOf(sentence, language).ShouldNotContain(topic);
}
