using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Taxonomy 2026.32 (round 30): fine dust and air quality; import restrictions "imposed by" a country; trade
/// imbalances in the plural; a G7 presidency; giant pandas; vehicle safety standards; the alliance by its
/// "comprehensive strategic" title, "grown stronger" and "the strength of" as broader words; accession to a trade pact; travel between two countries and entry and exit; KORUS; a Quad
/// summit is no bilateral visit; shipbuilding in a Korean list beside critical minerals; "peace must be just and
/// lasting"; green and low-carbon energy is renewables; the fields a relationship spans are a survey. Sentences are made up.</summary>
public class Round30TaxonomyTests
{
    [Theory]
    [InlineData("The two ministers agreed to work together to reduce fine dust that affects both peoples.", "oceans-environment")]
    [InlineData("He requested the early lifting of the import restrictions imposed by the ROK on Japanese food products.", "food-import-restrictions")]
    [InlineData("The President said the current imbalances in trade are no longer sustainable.", "trade-imbalance")]
    [InlineData("The President presented the priorities of the French presidency of the G7.", "multilateral-summits")]
    [InlineData("The two sides will continue giant panda conservation cooperation.", "people-to-people")]
    [InlineData("He urged Korea to accept U.S. motor vehicle safety standards without additional testing.", "market-access")]
    [InlineData("They welcomed that the number of people travelling between the two countries reached a record.", "people-to-people")]
    [InlineData("They will consider ways to make entering and leaving each country more convenient.", "visas-mobility")]
    [InlineData("The two sides agreed to convene the KORUS Joint Committee in the spring.", "trade-deal")]
    [InlineData("The leaders agreed that peace must be just and lasting, backed by security guarantees.", "ukraine-settlement")]
    public void General_wordings_of_known_topics(string sentence, string topic) => TopicsOf(sentence).ShouldContain(topic);

    [Theory]
    [InlineData("양 장관은 미세먼지 저감을 위한 환경 협력을 강화하기로 하였다.", "oceans-environment")]
    [InlineData("양측은 조선, 핵심광물 등 공급망 협력을 강화하기로 하였다.", "shipbuilding")]
    [InlineData("양측은 판다 공동 연구를 이어가기로 하였다.", "people-to-people")]
    public void Korean_wordings_of_known_topics(string sentence, string topic) => TopicsOf(sentence, "ko").ShouldContain(topic);

    [Fact]
    public void The_alliance_grown_stronger_answers_a_firm_alliance_but_is_not_a_point_of_its_own()
    {
        Compare("KR-PO", "두 정상은 한미동맹이 한층 더 굳건해졌다고 평가했습니다.", "ko",
            "US-WH", "The leaders noted that the Alliance has grown even stronger since they last met.", "en").Omissions.ShouldBeEmpty();
        // "the strength of the Alliance" said by one side alone is a courtesy the other need not repeat.
        Compare("US-WH", "Both leaders welcomed the strength of the U.S.-ROK Alliance. They discussed tariffs.", "en",
            "KR-PO", "두 정상은 관세 문제를 논의했습니다.", "ko").Omissions.ShouldBeEmpty();
    }

    [Fact]
    public void Accession_to_a_trade_pact_is_no_EU_accession() =>
        TopicsOf("President Lee explained that the ROK is considering accession to the CPTPP.").ShouldNotContain("eu-accession");

    [Fact]
    public void A_Quad_summit_is_a_multilateral_summit_not_a_bilateral_visit()
    {
        var topics = TopicsOf("India will host the Quad Leaders' Summit later this year.");
        topics.ShouldContain("multilateral-summits");
        topics.ShouldNotContain("leader-visit");
    }

    [Fact]
    public void Green_and_low_carbon_energy_is_the_renewables_item()
    {
        var spanish = Compare("ES-MAEC", "Both ministers agreed to expand cooperation in clean energy.", "en",
            "CN-MFA", "China is ready to deepen cooperation in green and low-carbon energy with Spain.", "en");
        spanish.Omissions.Where(o => o.StatedBy == "ES-MAEC").ShouldBeEmpty();
    }

    [Fact]
    public void The_fields_a_relationship_spans_are_a_survey_not_a_point()
    {
        var korean = Compare("US-WH", "The two leaders celebrated the strength of the comprehensive strategic alliance.", "en",
            "KR-PO", "두 정상은 한미동맹이 안보와 경제, 첨단기술을 아우르는 포괄적 전략동맹으로 한층 발전하고 있다는 데 공감했습니다.", "ko");
        korean.Omissions.ShouldBeEmpty();
        var english = Compare("US-WH", "The leaders praised an alliance encompassing security and advanced technology.", "en",
            "JP-PMO", "The two leaders praised their alliance.", "en");
        english.Omissions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("He asked the Philippine side to create favourable conditions for Vietnamese citizens living, working and studying in the Philippines.", "en")]
    [InlineData("The Prime Minister addressed members of the Indian community in Canberra.", "en")]
    [InlineData("이 대통령은 재일동포들이 안정적으로 생활할 수 있도록 일본 정부의 관심을 당부했습니다.", "ko")]
    public void Communities_living_abroad_are_a_topic_of_their_own(string sentence, string language)
    {
        var topics = TopicsOf(sentence, language);
        topics.ShouldContain("diaspora");
        topics.ShouldNotContain("people-to-people");
    }

    [Fact]
    public void A_request_for_a_community_abroad_is_not_answered_by_travel_figures() =>
        Compare("KR-PO", "이 대통령은 재일동포들이 안정적으로 생활할 수 있도록 일본 정부의 각별한 관심을 당부했습니다.", "ko",
            "JP-PMO", "The two leaders welcomed that the number of people travelling between the two countries exceeded 12 million.", "en")
            .Omissions.ShouldContain(o => o.Topic == "diaspora" && o.StatedBy == "KR-PO");
}
