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

    readonly string[] topics;
    readonly float[] matrix; // one row of Dimensions floats per example, contiguous for vectorised dot products
    readonly int dimensions;

    TopicPrototypes(List<(string Topic, float[] Vector)> examples)
    {
        topics = examples.Select(e => e.Topic).ToArray();
        dimensions = examples.Count == 0 ? 0 : examples[0].Vector.Length;
        matrix = new float[examples.Count * dimensions];
        for (var i = 0; i < examples.Count; i++) examples[i].Vector.CopyTo(matrix, i * dimensions);
    }

    public int Count => topics.Length;

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
            var vectors = embedder.Embed(texts.Select(t => t.Text).ToList(), Environment.ProcessorCount);
            built = new TopicPrototypes(texts.Select((t, i) => (t.Topic, vectors[i])).ToList());
            Cache.Add(taxonomy, built);
            return built;
        }
    }

    /// <summary>The topic with the closest example and that cosine (unit vectors: the dot product).</summary>
    public (string Topic, double Similarity)? Nearest(float[] vector) => NearestEach([vector])[0];

    /// <summary>The nearest topic of each of <paramref name="vectors"/>, reading the examples once for all of them:
    /// the matrix (a few MB) read once per claim was most of the time this step took (memory, not arithmetic).</summary>
    public (string Topic, double Similarity)?[] NearestEach(IReadOnlyList<float[]> vectors)
    {
        var best = new int[vectors.Count];
        var bestScore = new float[vectors.Count];
        Array.Fill(best, -1);
        Array.Fill(bestScore, float.MinValue);
        for (var row = 0; row < topics.Length; row++)
        {
            var example = new ReadOnlySpan<float>(matrix, row * dimensions, dimensions);
            for (var q = 0; q < vectors.Count; q++)
            {
                if (vectors[q].Length != dimensions) continue;
                var dot = Dot(example, vectors[q]);
                if (dot > bestScore[q]) (best[q], bestScore[q]) = (row, dot);
            }
        }
        return best.Select((row, q) => row < 0 ? ((string, double)?)null : (topics[row], bestScore[q])).ToArray();
    }

    static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var va = System.Runtime.InteropServices.MemoryMarshal.Cast<float, System.Numerics.Vector<float>>(a);
        var vb = System.Runtime.InteropServices.MemoryMarshal.Cast<float, System.Numerics.Vector<float>>(b);
        var sum = System.Numerics.Vector<float>.Zero;
        for (var k = 0; k < va.Length; k++) sum += va[k] * vb[k];
        var dot = System.Numerics.Vector.Sum(sum);
        for (var i = va.Length * System.Numerics.Vector<float>.Count; i < a.Length; i++) dot += a[i] * b[i];
        return dot;
    }
}
