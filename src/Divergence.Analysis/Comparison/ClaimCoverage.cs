using Divergence.Analysis.Embedding;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// How well the other account covers one claim, measured on content words only:
/// Similarity, the best cosine of the claim's content embedding against any claim of the other side (English),
/// or the best bigram containment (Korean); WordCoverage, the share of the claim's content stems (or bigrams)
/// found anywhere in the other account. Null when the two cannot be compared in the claim's language.
/// </summary>
public sealed record ClaimCoverage(double Similarity, double WordCoverage, int ContentSize, ClaimProfile? BestMatch)
{
    public static ClaimCoverage? Of(ClaimProfile claim, AccountProfile other)
    {
        if (claim.IsKorean)
        {
            if (!other.HasKorean) return null;
            var best = other.Claims.Where(o => o.IsKorean)
                .Select(o => (o, s: Text.KoreanBigrams.Containment(claim.Bigrams, o.Bigrams)))
                .MaxBy(x => x.s);
            return new ClaimCoverage(best.s, Text.KoreanBigrams.Containment(claim.Bigrams, other.Bigrams),
                claim.Bigrams.Count, best.o);
        }
        if (!other.HasEnglish || claim.Vector is null) return null;
        ClaimProfile? bestClaim = null;
        var bestSimilarity = 0.0;
        foreach (var o in other.Claims)
        {
            if (o.Vector is null) continue;
            var s = QuantizedVector.Cosine(claim.Vector, o.Vector);
            if (s > bestSimilarity) (bestClaim, bestSimilarity) = (o, s);
        }
        var found = claim.Stems.Count(other.Stems.Contains);
        return new ClaimCoverage(bestSimilarity, claim.Stems.Count == 0 ? 1 : (double)found / claim.Stems.Count,
            claim.Stems.Count, bestClaim);
    }
}
