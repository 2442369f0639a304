using System.Text.RegularExpressions;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// Negation and tentative modality, checked lexically because embeddings barely notice them ("agreed" vs "did
/// not agree" scored 0.82): one side states a topic flatly, the other negates it or only keeps discussing it.
/// </summary>
public static partial class StanceMarkers
{
    public static bool Negated(string claim) => Negation().IsMatch(claim);

    [GeneratedRegex(@"\b(not|no|never|neither|nor|without|cannot|can't|won't|didn't|did not)\b|않|못하|없(다|었|음)", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();
}
