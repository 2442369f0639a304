using System.Numerics;

namespace Divergence.Analysis.Embedding;

/// <summary>
/// An embedding stored as int8 in base64 (512 characters instead of 384 doubles) so that it fits in the
/// StatementAnalyzed event. Each vector is scaled by its own largest component: cosine similarity ignores scale,
/// so the scale need not be stored, and int8 keeps cosines within ~0.005 of the float values.
/// </summary>
public static class QuantizedVector
{
    public static string Encode(float[] vector)
    {
        var max = 1e-12f;
        foreach (var v in vector) max = Math.Max(max, Math.Abs(v));
        var bytes = new byte[vector.Length];
        for (var i = 0; i < vector.Length; i++)
            bytes[i] = unchecked((byte)(sbyte)Math.Clamp((int)MathF.Round(vector[i] / max * 127f), -127, 127));
        return Convert.ToBase64String(bytes);
    }

    public static sbyte[] Decode(string base64)
    {
        var bytes = Convert.FromBase64String(base64);
        var result = new sbyte[bytes.Length];
        for (var i = 0; i < bytes.Length; i++) result[i] = unchecked((sbyte)bytes[i]);
        return result;
    }

    /// <summary>Cosine of two int8 vectors. Integer sums are exact in any order, so the vectorised loop gives the
    /// very value of the plain loop (QuantizedVectorTests); the comparison runs it for every
    /// pair of claims across two accounts.</summary>
    public static double Cosine(sbyte[] a, sbyte[] b)
    {
        if (a.Length != b.Length || a.Length == 0) return 0;
        var (dot, na, nb) = (0L, 0L, 0L);
        var i = 0;
        if (Vector.IsHardwareAccelerated && a.Length >= Vector<sbyte>.Count)
        {
            // int lanes cannot overflow: each sums at most length / Vector<int>.Count products of 127 * 127.
            var (vd, va, vb) = (Vector<int>.Zero, Vector<int>.Zero, Vector<int>.Zero);
            for (; i <= a.Length - Vector<sbyte>.Count; i += Vector<sbyte>.Count)
            {
                Vector.Widen(new Vector<sbyte>(a, i), out var a0, out var a1);
                Vector.Widen(new Vector<sbyte>(b, i), out var b0, out var b1);
                Accumulate(a0, b0, ref vd, ref va, ref vb);
                Accumulate(a1, b1, ref vd, ref va, ref vb);
            }
            (dot, na, nb) = (Vector.Sum(vd), Vector.Sum(va), Vector.Sum(vb));
        }
        for (; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt((double)na * nb);
    }

    static void Accumulate(Vector<short> x, Vector<short> y, ref Vector<int> dot, ref Vector<int> xx, ref Vector<int> yy)
    {
        Vector.Widen(x, out var x0, out var x1);
        Vector.Widen(y, out var y0, out var y1);
        dot += x0 * y0 + x1 * y1;
        xx += x0 * x0 + x1 * x1;
        yy += y0 * y0 + y1 * y1;
    }
}
