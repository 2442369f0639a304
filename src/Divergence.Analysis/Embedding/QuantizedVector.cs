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

    public static double Cosine(sbyte[] a, sbyte[] b)
    {
        if (a.Length != b.Length || a.Length == 0) return 0;
        long dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt((double)na * nb);
    }
}
