using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Taxonomy 2026.34 (round 32): a free and open Indo-Pacific as a topic, covered by any mention of the region;
/// whose nationals (items of the nationals' safety); relations aimed at no third party; electric vehicles; and general
/// wordings of known topics; an FTA's services and investment chapters are the agreement, not investment; the public's
/// safety and health is not the safety of nationals abroad. Sentences are made up.</summary>
public class Round32TaxonomyTests
{
    [Theory]
    [InlineData("The two leaders shared the importance of realizing a Free and Open Indo-Pacific.", "en", "indo-pacific")]
    [InlineData("양 장관은 자유롭고 열린 인도·태평양 실현을 위해 협력하기로 했다.", "ko", "indo-pacific")]
    [InlineData("The Russian minister expressed concern over the growing militarisation of Japan.", "en", "militarism")]
    [InlineData("The agreement should also address the additional duties currently being levied on Indian goods.", "en", "tariffs")]
    [InlineData("They jointly oppose any attempt to glorify the history of aggression.", "en", "history")]
    [InlineData("He called for overcoming the blocking of the opening of negotiation clusters.", "en", "eu-accession")]
    [InlineData("China supports the ROK in improving relations with the DPRK through dialogue.", "en", "inter-korean-relations")]
    [InlineData("The two sides will deepen cooperation in artificial intelligence and biomedicine.", "en", "critical-technologies")]
    [InlineData("They will cultivate new growth points in the silver economy.", "en", "demographic-challenges")]
    [InlineData("The Secretary welcomed the company's new monopile factory.", "en", "energy")]
    [InlineData("The ministers discussed the twentieth package of EU sanctions.", "en", "sanctions-implementation")]
    [InlineData("They expressed grave concern about the military cooperation between the Democratic People's Republic of Korea (DPRK) and Russia.", "en", "dprk-russia-cooperation")]
    [InlineData("They condemned Russia's growing military cooperation with the Democratic People's Republic of Korea.", "en", "dprk-russia-cooperation")]
    [InlineData("China-ROK relations should not be targeted at or affected by any third party.", "en", "third-parties")]
    [InlineData("양국 관계는 제3자를 겨냥하지 않는다.", "ko", "third-parties")]
    [InlineData("They agreed to conclude negotiations on price undertakings for Chinese electric vehicles at an early date.", "en", "electric-vehicles")]
    [InlineData("China's relations with Russia are a determining factor for EU-China relations.", "en", "russia-war-support")]
    public void Wordings_of_topics(string sentence, string language, string topic) => TopicsOf(sentence, language).ShouldContain(topic);

    [Theory]
    [InlineData("The two sides agreed to speed up the negotiations of the Free Trade Agreement on services and investment.", "en", "investment")]
    [InlineData("양 장관은 한중 FTA 2단계 서비스·투자 협상을 조속히 타결하기로 했다.", "ko", "investment")]
    [InlineData("이 문제는 국민의 안전과 건강을 최우선으로 판단할 사안이다.", "ko", "nationals-safety")]
    [InlineData("The leaders agreed to expand cooperation on critical minerals and electric vehicle battery supply chains.", "en", "electric-vehicles")]
    public void Not_these_topics(string sentence, string language, string topic) => TopicsOf(sentence, language).ShouldNotContain(topic);

    [Fact]
    public void Food_import_restrictions_and_the_food_trade_they_restrict_cover_each_other()
    {
        Compare("KR-MOFA", "조 장관은 일본산 수산물 수입 규제와 관련하여 국민의 건강을 최우선으로 고려한다는 입장을 밝혔다.", "ko",
            "JP-MOFA", "Minister Motegi requested the early lifting of the ROK's import restrictions on Japanese food products.", "en")
            .Omissions.ShouldBeEmpty();
        Compare("KR-MOFA", "양 장관은 수산물 교역을 확대하기로 했다.", "ko", "JP-MOFA", "The two ministers discussed trade.", "en")
            .Omissions.ShouldContain(o => o.StatedBy == "KR-MOFA" && o.Topic == "agricultural-trade");
    }

    [Fact]
    public void A_sanctions_package_counted_in_words_is_the_numbered_one() =>
        Compare("FR-MEAE", "The ministers welcomed the adoption of the 20th package of European sanctions.", "en",
            "DE-AA", "We keep up the pressure on Moscow with a twentieth package of EU sanctions.", "en").Omissions.ShouldBeEmpty();

    [Fact]
    public void Any_mention_of_the_Indo_Pacific_covers_the_vision()
    {
        const string vision = "The two ministers affirmed that they would work together toward a free and open Indo-Pacific.";
        Compare("JP-MOFA", vision, "en", "IN-MEA", "The ministers reaffirmed their commitment to a peaceful and prosperous Indo-Pacific.", "en")
            .Omissions.ShouldBeEmpty();
        // In Korean no embedding helps: the region's name alone covers.
        Compare("JP-MOFA", vision, "en", "KR-MOFA", "양 장관은 인도·태평양 지역의 평화와 번영을 위해 긴밀히 협력하기로 했다.", "ko")
            .Omissions.ShouldBeEmpty();
        Compare("JP-MOFA", vision, "en", "IN-MEA", "The ministers discussed trade.", "en")
            .Omissions.ShouldContain(o => o.StatedBy == "JP-MOFA" && o.Topic == "indo-pacific");
    }
}
