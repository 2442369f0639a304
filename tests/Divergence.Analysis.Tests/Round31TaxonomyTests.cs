using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Taxonomy 2026.33 (round 31): prisoners and deported children as items of one topic; remains found at a
/// mine, and a Korean place name that only begins like 조세 (tax); China's conduct named after the noun; a named
/// exercise; rail projects as an item of development cooperation; the rule of law of an order, and a drug flow into
/// the Western Hemisphere, are no topics of their own; the energy transition as renewables; rebalancing trade;
/// vocational training in Korean; US-made weapons; the AS9 Huntsman as the K9; compliance with Security Council
/// resolutions. Sentences are made up.</summary>
public class Round31TaxonomyTests
{
    [Fact]
    public void Prisoners_of_war_and_deported_children_are_two_points_of_one_topic()
    {
        var result = Compare("US-WH", "President Trump voiced his support for an all-for-all exchange of prisoners of war.", "en",
            "UA-OP", "President Zelenskyy raised the return of Ukrainian children deported by Russia.", "en");
        result.Omissions.ShouldContain(o => o.StatedBy == "US-WH" && o.Topic == "prisoners-children");
        result.Omissions.ShouldContain(o => o.StatedBy == "UA-OP" && o.Topic == "prisoners-children");
    }

    [Theory]
    [InlineData("Regarding the remains discovered at the coal mine, the leaders confirmed that consultations would continue.", "war-remains")]
    [InlineData("He noted that a more capable military will help deter the coercive activities of the People's Republic of China.", "china-conduct")]
    [InlineData("The Ministers confirmed that the next Veer Guardian air exercise would be held in Japan.", "combined-defense-posture")]
    [InlineData("The President reiterated the need to rebalance trade between France and China.", "trade-imbalance")]
    [InlineData("He welcomed Poland's participation in the mechanism that finances purchases of US-made weapons for Ukraine.", "arms-purchases")]
    [InlineData("The Ministers called on the DPRK to comply with its obligations under relevant UN Security Council resolutions.", "sanctions-implementation")]
    [InlineData("They discussed efforts against corruption and the rule of law.", "rule-of-law")]
    [InlineData("The Secretary discussed the situation in the Western Hemisphere.", "latin-america")]
    public void General_wordings_of_known_topics(string sentence, string topic) => TopicsOf(sentence).ShouldContain(topic);

    [Theory]
    [InlineData("The Ministers reaffirmed the importance of realizing a \"Free and Open Indo-Pacific\" based on the rule of law.", "rule-of-law")]
    [InlineData("He urged China to stop the flow of fentanyl precursor chemicals to the Western Hemisphere.", "latin-america")]
    [InlineData("They discussed the Indo-Pacific, where both share the objective of a free and open region governed by the rule of law.", "rule-of-law")]
    [InlineData("France and Japan, two democracies attached to multilateralism and to the rule of law, will continue to act together.", "rule-of-law")]
    public void Words_that_name_no_topic_of_their_own(string sentence, string topic) => TopicsOf(sentence).ShouldNotContain(topic);

    [Theory]
    [InlineData("이 대통령은 탄광 사고로 희생된 조선인 노동자들의 유해 문제를 언급했습니다.", "war-remains")]
    [InlineData("양 정상은 청년 교류와 직업교육훈련 분야의 협력도 확대해 나가기로 했습니다.", "education-science")]
    [InlineData("양측은 이중과세 방지를 위한 조세 협약 개정을 논의했다.", "business-environment")]
    public void Korean_wordings_of_known_topics(string sentence, string topic) => TopicsOf(sentence, "ko").ShouldContain(topic);

    [Fact]
    public void A_place_name_that_begins_like_tax_is_no_tax() =>
        TopicsOf("이 대통령은 야마구치현 조세이 탄광 사고를 언급했습니다.", "ko").ShouldNotContain("business-environment");

    [Fact]
    public void A_rail_project_is_an_item_the_other_sides_quality_infrastructure_does_not_name() =>
        Compare("PH-DFA", "Secretary Lazaro cited the Metro Manila Subway Project as a flagship of cooperation in quality infrastructure.", "en",
            "JP-MOFA", "The two ministers confirmed that they would continue cooperation in quality infrastructure.", "en")
            .Omissions.ShouldContain(o => o.StatedBy == "PH-DFA" && o.Topic == "development-cooperation");

    [Fact]
    public void The_energy_transition_answers_new_energy() =>
        Compare("CN-MFA", "The two sides agreed to strengthen cooperation in climate change, new energy and tourism.", "en",
            "AU-DFAT", "We discussed how we can work together on climate change, tourism and the energy transition.", "en")
            .Omissions.ShouldNotContain(o => o.Topic == "energy");

    [Theory]
    [InlineData("The Ministers welcomed the acquisition of AS9 Huntsman self-propelled howitzers by the Australian Army.")]
    [InlineData("The Ministers welcomed the acquisition of AS9 self-propelled howitzers by the Australian Army.")]
    [InlineData("The Ministers welcomed the acquisition of Huntsman self-propelled howitzers by the Australian Army.")]
    public void The_AS9_Huntsman_is_the_K9(string australian)
    {
        const string korean = "양 장관은 호주 육군의 K9 자주포 도입 사업을 평가했다.";
        Compare("KR-MND", korean, "ko", "AU-DEF", australian, "en").Omissions.ShouldBeEmpty();
        // Another howitzer is not the K9.
        Compare("KR-MND", korean, "ko", "AU-DEF", "The Ministers welcomed the acquisition of M777 howitzers by the Australian Army.", "en")
            .Omissions.ShouldContain(o => o.StatedBy == "KR-MND");
    }
}
