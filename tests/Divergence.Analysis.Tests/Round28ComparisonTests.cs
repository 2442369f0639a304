using Divergence.Analysis.Comparison;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 3.0 (round 28), comparing two accounts: a subject fronted by "On the Korean Peninsula," is no
/// qualifier of denuclearization; "no impunity" and "does not go unpunished" deny a denial; easing tensions on the
/// Peninsula is the inter-Korean subject in English as in Korean; a story's own side read whole; a briefer's focus line,
/// a basis clause, talks still to be concluded against their conclusion, opposing a member of a topic group. Sentences
/// are made up.</summary>
public class Round28ComparisonTests
{
    [Fact]
    public void A_fronted_subject_is_no_qualifier_of_denuclearization() =>
        Compare("JP-MOFA", "7. Regarding North Korea, the two Ministers confirmed their commitment to the complete denuclearization of North Korea.", "en",
                "PH-DFA", "On the Korean Peninsula, both ministers reaffirmed their commitment to the complete denuclearization of North Korea.", "en")
            .Framing.ShouldBeEmpty();

    [Fact]
    public void Denuclearization_of_the_Peninsula_against_of_North_Korea_is_still_framing() =>
        Compare("US-DOS", "The Secretary and the Minister reaffirmed their commitment to the complete denuclearization of North Korea.", "en",
                "CN-MFA", "The two sides support the denuclearization of the Korean Peninsula.", "en")
            .Framing.ShouldContain(f => f.Topic == "denuclearization");

    [Theory]
    [InlineData("And there must be no impunity for the crime of aggression.")]
    [InlineData("The sides worked to ensure that Russia's aggression does not go unpunished.")]
    public void Denying_impunity_affirms_accountability(string sentence) =>
        StanceMarkers.Stances(sentence).ShouldNotContain("negated");

    [Fact]
    public void Accountability_worded_as_two_denials_is_no_framing() =>
        Compare("DE-AA", "Minister Brandt said Germany stands firmly with Ukraine. And there must be no impunity for the crime of aggression.", "en",
                "UA-MFA", "The ministers coordinated efforts to make the Special Tribunal for the Crime of Aggression operational, so that Russia's aggression does not go unpunished.", "en")
            .Framing.ShouldNotContain(f => f.A.Qualifiers.Contains("negated") || f.B.Qualifiers.Contains("negated"));

    [Fact]
    public void Easing_tensions_on_the_Peninsula_is_the_inter_Korean_subject_in_English_too()
    {
        TopicsOf("I expressed Australia's support for President Lee's efforts to ease tensions and build lasting peace on the Korean Peninsula.")
            .ShouldContain("inter-korean-relations");
        Compare("KR-PO", "알바니지 총리는 한반도의 긴장 완화와 항구적 평화 정착을 위한 이 대통령의 노력을 지지한다고 밝혔습니다.", "ko",
                "AU-PMO", "I expressed Australia's support for President Lee's efforts to ease tensions and build lasting peace on the Korean Peninsula.", "en")
            .Omissions.ShouldNotContain(o => o.Topic == "inter-korean-relations" && o.Confidence >= AccountComparer.ReportingConfidence);
    }

    [Fact]
    public void Tension_elsewhere_beside_peace_on_the_Peninsula_is_not_inter_Korean() =>
        TopicsOf("They noted tension in the region and peace on the Korean Peninsula.").ShouldNotContain("inter-korean-relations");

    [Fact]
    public void The_weapons_an_aide_of_the_seat_names_are_the_storys_sides_omission()
    {
        const string story = """
            NEW DELHI/MOSCOW, March 4 (Northstar) - President Pavel Orlov said on Wednesday that Russia would keep shipping wheat to India.

            Kremlin foreign policy aide Ilya Petrov told reporters that the leaders had discussed deliveries of Tor-M2 air defence systems.

            India's Ministry of External Affairs said in its own statement that the leaders had condemned cross-border terrorism.
            """;
        var result = Compare("IN-MEA", "The leaders welcomed steady wheat shipments from Russia to India. The leaders strongly condemned cross-border terrorism.", "en",
                             "RU-MID", story, "en");
        result.Omissions.ShouldContain(o => o.StatedBy == "RU-MID" && o.Evidence.Text.Contains("Tor-M2"));
        // The other side's statement quoted in the story is no account of the story's side: no framing on terrorism.
        result.Framing.ShouldNotContain(f => f.Topic == "counterterrorism");
    }

    [Fact]
    public void A_briefers_focus_line_is_a_survey_of_areas() =>
        Compare("IN-MEA", "The leaders reviewed the partnership. The focus was very much on trade, technology, security and mobility.", "en",
                "EU-EEAS", "The leaders reviewed the partnership.", "en")
            .Omissions.ShouldNotContain(o => o.StatedBy == "IN-MEA" && o.Confidence >= AccountComparer.ReportingConfidence);

    [Fact]
    public void The_basis_a_clause_names_qualifies_the_point_before_it() =>
        Compare("US-DOS", "The Secretaries called on Australia to increase defense spending toward 3.5 percent of GDP, consistent with the standard set by NATO Allies.", "en",
                "AU-DFAT", "The Deputy Prime Minister outlined the largest peacetime increase in defence spending in Australia's history.", "en")
            .Omissions.ShouldNotContain(o => o.Topic == "nato" && o.Confidence >= AccountComparer.ReportingConfidence);

    [Fact]
    public void Talks_still_to_be_concluded_against_their_conclusion_is_an_outcome_framing()
    {
        Compare("KR-PO", "양 정상은 한영 FTA 개선 협상을 조속히 마무리하기 위해 긴밀히 협력해 나가기로 했습니다.", "ko",
                "GB-PMO", "The leaders welcomed the substantial conclusion of negotiations on an upgraded UK-Korea free trade agreement.", "en")
            .Framing.ShouldContain(f => f.Topic == "outcome");
        // In English, "work towards the early conclusion" is the open stance on the topic: one framing, not two.
        Compare("IN-MEA", "The ministers agreed to work towards the early conclusion of the free trade agreement.", "en",
                "NZ-MFAT", "The ministers welcomed the conclusion of the free trade agreement.", "en")
            .Framing.Count.ShouldBe(1);
    }

    [Fact]
    public void Opposing_a_member_of_a_topic_group_the_other_side_reaches_only_through_another_is_its_own_stance()
    {
        // "protectionism" and "the FTA negotiations" are one group (trade): a shared subject, except for a stance taken on it.
        var result = Compare("CN-MFA", "The two sides jointly oppose unilateralism and protectionism.", "en",
                             "KR-MOFA", "The ministers agreed to speed up the second phase of the FTA negotiations.", "en");
        result.Omissions.ShouldContain(o => o.Topic == "protectionism" && o.Confidence >= AccountComparer.ReportingConfidence);
        Compare("CN-MFA", "The two sides discussed protectionism.", "en",
                "KR-MOFA", "The ministers agreed to speed up the second phase of the FTA negotiations.", "en")
            .Omissions.ShouldNotContain(o => o.Topic == "protectionism" && o.Confidence >= AccountComparer.ReportingConfidence);
    }
}
