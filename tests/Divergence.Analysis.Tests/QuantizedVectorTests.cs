using Divergence.Analysis.Embedding;

namespace Divergence.Analysis.Tests;

public class QuantizedVectorTests
{
    // Stored comparisons must not depend on the machine's vector width: the vectorised cosine is the plain one exactly.
    [Theory]
    [InlineData(384)]
    [InlineData(385)]
    [InlineData(31)]
    [InlineData(1)]
    public void The_vectorised_cosine_is_the_plain_loop_exactly(int length)
    {
        var random = new Random(length);
        for (var n = 0; n < 200; n++)
        {
            var a = new sbyte[length];
            var b = new sbyte[length];
            for (var i = 0; i < length; i++)
            {
                // Extremes included: all +-127 is the largest sum the int lanes have to hold.
                a[i] = n == 0 ? (sbyte)127 : (sbyte)random.Next(-127, 128);
                b[i] = n == 0 ? (sbyte)-127 : (sbyte)random.Next(-127, 128);
            }
            QuantizedVector.Cosine(a, b).ShouldBe(PlainCosine(a, b));
        }
    }

    [Fact]
    public void A_vector_of_zeros_or_of_another_length_has_cosine_zero()
    {
        QuantizedVector.Cosine(new sbyte[64], Enumerable.Repeat((sbyte)3, 64).ToArray()).ShouldBe(0);
        QuantizedVector.Cosine(new sbyte[64], new sbyte[65]).ShouldBe(0);
        QuantizedVector.Cosine([], []).ShouldBe(0);
    }

    static double PlainCosine(sbyte[] a, sbyte[] b)
    {
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
