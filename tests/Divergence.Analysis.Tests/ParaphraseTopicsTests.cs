namespace Divergence.Analysis.Tests;

/// <summary>Two English wordings of one point share a topic: a point one wording reaches and the other does not is a
/// false omission whenever the two sides word it differently. paraphrase-topics.tsv holds made-up sentence pairs (one
/// wording, tab, another); 228 pairs; round 16 found "launches of missiles", "an end to the fighting", "the Group of Seven",
/// "restrictions on exports", "building and repairing ships" and eight more read by one wording only.</summary>
public class ParaphraseTopicsTests
{
    public static TheoryData<string, string> Pairs() => TestData.Pairs("paraphrase-topics.tsv");

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Two_wordings_of_one_point_share_a_topic(string one, string other)
    {
        var a = TestData.TopicsOf(one, "en");
        var b = TestData.TopicsOf(other, "en");
        a.Intersect(b).ShouldNotBeEmpty($"{one} [{string.Join(", ", a)}] | {other} [{string.Join(", ", b)}]");
    }
}
