namespace Divergence.Analysis.Comparison;

/// <summary>
/// When a claim that no taxonomy topic covers is an omission candidate. Calibrated on tests/corpus (see
/// docs/analysis-calibration.md): even at the strictest useful thresholds only ~1 in 4 such candidates was a
/// labelled omission (most are debris, courtesies, or the same point in other words), so candidates carry a
/// confidence below <see cref="AccountComparer.ReportingConfidence"/>: shown to whoever asks for everything,
/// never in the default report.
/// </summary>
public static class OpenVocabularyRule
{
    /// <summary>English: best content-embedding cosine against any claim of the other side below this.</summary>
    public const double MaxEnglishSimilarity = 0.25;

    /// <summary>Korean against Korean: best bigram containment against any claim of the other side below this.</summary>
    public const double MaxKoreanContainment = 0.25;

    /// <summary>Share of the claim's content words found anywhere in the other account below this.</summary>
    public const double MaxWordCoverage = 0.50;

    /// <summary>Content words (English) or bigrams (Korean) a claim needs to say something of its own.</summary>
    public const int MinEnglishContentWords = 3;
    public const int MinKoreanBigrams = 8;

    public static double? Confidence(ClaimProfile claim, ClaimCoverage c)
    {
        var (maxSimilarity, minSize) = claim.IsKorean
            ? (MaxKoreanContainment, MinKoreanBigrams)
            : (MaxEnglishSimilarity, MinEnglishContentWords);
        if (c.ContentSize < minSize || c.Similarity >= maxSimilarity || c.WordCoverage >= MaxWordCoverage) return null;
        // 0.20-0.45: the measured precision of this route, a little higher the further below both thresholds.
        var margin = (maxSimilarity - c.Similarity) / maxSimilarity * 0.6 + (MaxWordCoverage - c.WordCoverage) / MaxWordCoverage * 0.4;
        return Math.Round(0.2 + 0.25 * margin, 2);
    }
}
