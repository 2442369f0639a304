using Divergence.Analysis.Topics;

namespace Divergence.Analysis.Tests;

/// <summary>The words a phrase cannot match without, and that skipping a topic whose words a claim lacks never
/// changes which topics an English claim states.</summary>
public class RequiredLiteralsTests
{
    [Theory]
    [InlineData("(north korea|dprk|pyongyang)[a-z' ]{0,30}(russia|moscow)", "north korea|dprk|pyongyang")]
    [InlineData("ballistic missile programs?", "ballistic missile program")]
    [InlineData("\\bexpo\\b", "expo")]
    [InlineData("host(ing)? (the )?(apec|g-?20)", "host")]
    [InlineData("(?<!diplomatic )visas?\\b(?! for diplomats)", "visa")]
    [InlineData("complete(ly)? denucleari[sz]", "denucleari")]
    [InlineData("de-?escalat", "escalat")]
    [InlineData("xa{2}yz", "xa")]
    [InlineData("[a-z]+ing", "ing")]
    public void A_phrase_needs_one_of_its_words(string pattern, string words) =>
        RequiredLiterals.Of(pattern)!.ShouldBe(words.Split('|'), ignoreOrder: true);

    [Theory]
    [InlineData("[a-z]+")]
    [InlineData("\\w+ \\d")]
    [InlineData("(?i)xyz")]
    public void A_phrase_it_cannot_read_has_none(string pattern) => RequiredLiterals.Of(pattern).ShouldBeNull();

    [Fact]
    public void Skipping_topics_by_their_words_never_changes_what_an_English_claim_states()
    {
        var texts = new List<string>();
        foreach (var folder in new[] { "corpus", "corpus-holdout", "corpus-dev2", "corpus-dev3" })
            if (Shared.CorpusFolder(folder) is { } dir)
                foreach (var file in Directory.GetFiles(dir, "*.txt", SearchOption.AllDirectories))
                    texts.AddRange(File.ReadAllText(file).Split(['.', '\n', ';']));
        var topics = Taxonomy.Default.Topics;
        foreach (var topic in topics)
            foreach (var phrase in topic.EnglishPhrases)
                foreach (var example in PhraseExamples.Of(phrase))
                    texts.AddRange([example, $"The ministers {example} and agreed.", example.ToUpperInvariant()]);
        texts = [.. texts.Where(t => !Divergence.Analysis.Text.Language.HasHangul(t)).Distinct()];
        texts.Count.ShouldBeGreaterThan(3000);
        var matched = 0;
        foreach (var topic in topics)
            foreach (var text in texts)
            {
                var full = topic.EnglishMatcher!.IsMatch(text);
                if (full) matched++;
                topic.Matches(text).ShouldBe(full, $"{topic.Id}: {text}");
            }
        matched.ShouldBeGreaterThan(1000);
    }
}
