namespace Divergence.Analysis.Comparison;

/// <summary>
/// When a claim that no taxonomy topic covers counts as omitted. Calibrated on tests/corpus (see
/// docs/analysis-calibration.md): thresholds chosen for precision, because on real releases most claims without a
/// close counterpart are debris, courtesies or the same commitment in other words, not omissions.
/// </summary>
public static class OpenVocabularyRule
{
    /// <summary>English: best content-embedding cosine against the other side below this.</summary>
    public const double MaxEnglishSimilarity = 0.30;

    /// <summary>Korean against Korean: best bigram containment against any claim of the other side below this.</summary>
    public const double MaxKoreanContainment = 0.30;

    /// <summary>Share of the claim's content words found anywhere in the other account below this.</summary>
    public const double MaxWordCoverage = 0.50;

    /// <summary>Content words (English) or bigrams (Korean) a claim needs to say something of its own.</summary>
    public const int MinEnglishContentWords = 3;
    public const int MinKoreanBigrams = 6;

    public static double? Confidence(ClaimProfile claim, ClaimCoverage c)
    {
        var (maxSimilarity, minSize) = claim.IsKorean
            ? (MaxKoreanContainment, MinKoreanBigrams)
            : (MaxEnglishSimilarity, MinEnglishContentWords);
        if (c.ContentSize < minSize || c.Similarity >= maxSimilarity || c.WordCoverage >= MaxWordCoverage) return null;
        // Further below both thresholds is surer; never as sure as a taxonomy topic (0.9).
        var margin = (maxSimilarity - c.Similarity) / maxSimilarity * 0.6 + (MaxWordCoverage - c.WordCoverage) / MaxWordCoverage * 0.4;
        return Math.Round(0.5 + 0.35 * margin, 2);
    }
}
