using Divergence.Analysis.Topics;

namespace Divergence.Analysis.Tests;

public class TaxonomyTests
{
    [Fact]
    public void Every_topic_has_English_and_Korean_phrases()
    {
        Taxonomy.Default.Topics.Count.ShouldBeGreaterThan(40);
        Taxonomy.Default.Topics.ShouldAllBe(t => t.EnglishPhrases.Count > 0 && t.KoreanPhrases.Count > 0);
        Taxonomy.Default.Topics.Select(t => t.Id).ShouldBeUnique();
    }

    [Theory]
    [InlineData("extended-deterrence", "확장억제 강화 방안을 논의하였다")]
    [InlineData("south-china-sea", "freedom of navigation in the South China Sea")]
    [InlineData("abductions", "the immediate resolution of the abductions issue")]
    [InlineData("tariffs", "follow-up consultations on tariffs")]
    [InlineData("ceasefire", "a full and unconditional ceasefire")]
    [InlineData("counterterrorism", "cooperation against cross-border terrorism")]
    [InlineData("energy", "미국산 액화천연가스(LNG) 도입")]
    public void Topics_match_their_phrases_in_both_languages(string topic, string claim) =>
        Taxonomy.Default.Find(topic)!.Matches(claim).ShouldBeTrue();

    [Fact]
    public void English_claims_are_read_with_the_English_phrases_and_Korean_claims_with_both()
    {
        const string json = """{"version": "t", "topics": [{"id": "x", "label": "X", "en": ["alpha"], "ko": ["(?<![a-z])BETA(?![a-z])", "감마"]}]}""";
        var topic = Taxonomy.Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))).Find("x")!;
        topic.Matches("the alpha programme").ShouldBeTrue();
        topic.Matches("the BETA programme").ShouldBeFalse();
        topic.Matches("BETA와 감마 협력").ShouldBeTrue();
        topic.Matches("alpha 협력을 논의").ShouldBeTrue();
    }

    [Fact]
    public void An_investigation_is_not_an_investment() =>
        Taxonomy.Default.Find("investment")!.Matches("cooperate fully with the investigation into the attack").ShouldBeFalse();

    [Fact]
    public void Korean_particles_are_not_mistaken_for_place_names() =>
        Taxonomy.Default.Find("middle-east")!.Matches("동맹을 현대화해 나가자는 데 뜻을 모았습니다").ShouldBeFalse();
}
