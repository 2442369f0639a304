using Divergence.Analysis.Embedding;

namespace Divergence.Analysis.Tests;

public class EmbeddingTests
{
    // The topic examples are embedded batches-in-parallel at start-up: analyses must not depend on the core count.
    [Fact]
    public void Embedding_batches_in_parallel_gives_the_same_vectors_as_one_at_a_time()
    {
        var texts = Enumerable.Range(0, 50).Select(i => $"cooperation on item {i} " + new string('x', i % 7) + (i % 3 == 0 ? " and maritime security" : "")).ToList();
        var one = SentenceEmbedder.Shared.Embed(texts, 1);
        var four = SentenceEmbedder.Shared.Embed(texts, 4);
        for (var i = 0; i < texts.Count; i++) four[i].ShouldBe(one[i]);
        one.Select(v => v.Length).Distinct().ShouldBe([384]);
    }
}
