using System.Runtime.CompilerServices;
using Divergence.Analysis.Embedding;
using Divergence.Analysis.Text;

namespace Divergence.Analysis.Topics;

/// <summary>
/// Where each taxonomy topic sits in the embedding space, built from the taxonomy's own wording (its label and its
/// English phrases as plain text), never from a corpus. A claim no phrase matches can then be placed near the topic
/// whose wording it is closest to: "railway corridor" near connectivity without the phrase being listed. Computed
/// once per taxonomy (a few hundred short texts, ~1 s), then a claim costs one dot product per example.
/// </summary>
public sealed class TopicPrototypes
{
    static readonly ConditionalWeakTable<Taxonomy, TopicPrototypes> Cache = new();
    static readonly Lock Gate = new();

    readonly List<(string Topic, float[] Vector)> examples;

    TopicPrototypes(List<(string Topic, float[] Vector)> examples) => this.examples = examples;

    public int Count => examples.Count;

    public static TopicPrototypes For(Taxonomy taxonomy, SentenceEmbedder embedder)
    {
        lock (Gate)
        {
            if (Cache.TryGetValue(taxonomy, out var built)) return built;
            var texts = new List<(string Topic, string Text)>();
            foreach (var topic in taxonomy.Topics)
            {
                var wordings = new[] { topic.Label }.Concat(topic.EnglishPhrases.SelectMany(PhraseExamples.Of));
                foreach (var w in wordings)
                {
                    var content = ContentWords.Of(w);
                    texts.Add((topic.Id, content.Count > 0 ? string.Join(' ', content) : w));
                }
            }
            texts = texts.Distinct().ToList();
            var vectors = embedder.Embed(texts.Select(t => t.Text).ToList());
            built = new TopicPrototypes(texts.Select((t, i) => (t.Topic, vectors[i])).ToList());
            Cache.Add(taxonomy, built);
            return built;
        }
    }

    /// <summary>The topic with the closest example and that cosine (unit vectors: the dot product), skipping
    /// the excluded topics.</summary>
    public (string Topic, double Similarity)? Nearest(float[] vector, IReadOnlySet<string>? excluded = null)
    {
        string? best = null;
        var bestScore = double.MinValue;
        foreach (var (topic, v) in examples)
        {
            if (excluded is not null && excluded.Contains(topic)) continue;
            double dot = 0;
            for (var i = 0; i < v.Length; i++) dot += v[i] * vector[i];
            if (dot > bestScore) (best, bestScore) = (topic, dot);
        }
        return best is null ? null : (best, bestScore);
    }
}
