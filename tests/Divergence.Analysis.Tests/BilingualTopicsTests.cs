namespace Divergence.Analysis.Tests;

/// <summary>The same point in English and in Korean gets the same topics: a topic only one language reads is a false
/// omission between a Korean release and an English one, agreeing or not. bilingual-topics.tsv holds made-up sentence
/// pairs (English, tab, Korean; 211) for the points these releases make most; round 16 found 양안 inside 해양안보, "defense
/// cost sharing" and "trilateral cooperation among Korea, the United States and Japan" read in one language only.</summary>
public class BilingualTopicsTests
{
    public static TheoryData<string, string> Pairs() => TestData.Pairs("bilingual-topics.tsv");

    [Theory]
    [MemberData(nameof(Pairs))]
    public void English_and_Korean_wording_of_one_point_get_the_same_topics(string english, string korean)
    {
        var en = TestData.TopicsOf(english, "en");
        var ko = TestData.TopicsOf(korean, "ko");
        en.ShouldNotBeEmpty(english);
        ko.ShouldBe(en, ignoreOrder: true, customMessage: $"{english} | {korean}");
    }
}
