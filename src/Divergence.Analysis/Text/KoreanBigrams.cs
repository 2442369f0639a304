using System.Text.RegularExpressions;

namespace Divergence.Analysis.Text;

/// <summary>
/// Korean against Korean: no offline model here understands Korean, so claims are compared by the character
/// bigrams of their Hangul words (the CJK-analyzer approach), after the stock words of Korean releases
/// (양측, 장관, 회담, 협력, 하였다 ...) are removed, as the English side removes its stock phrasing.
/// </summary>
public static partial class KoreanBigrams
{
    public static HashSet<string> Of(string claim)
    {
        var stripped = Stock().Replace(claim, " ");
        var grams = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match run in HangulRun().Matches(stripped))
        {
            var w = run.Value;
            for (var i = 0; i + 1 < w.Length; i++) grams.Add(w.Substring(i, 2));
        }
        return grams;
    }

    /// <summary>Share of this claim's bigrams found in the other's: how much of what it says is said there.</summary>
    public static double Containment(HashSet<string> claim, HashSet<string> other)
    {
        if (claim.Count == 0) return 1;
        var shared = 0;
        foreach (var g in claim) if (other.Contains(g)) shared++;
        return (double)shared / claim.Count;
    }

    [GeneratedRegex(@"[\uAC00-\uD7A3]+")]
    private static partial Regex HangulRun();

    // Participants, the act of meeting, connective endings and stock verbs: shared by every Korean readout.
    [GeneratedRegex(@"양측|양국|양\s*장관|양\s*정상|장관|대통령|총리|국무장관|외교부|외교장관|회담|통화|면담|회의|개최|협력|강화|지속|긴밀히|긴밀한|긴밀|하였(다|으며|고)|했(다|고|으며|습니다)|하기로|나가기로|해\s*나가기로|하였습니다|하였음|했음|합의|재확인|의견을?|교환|논의|강조|평가|공감|관련|위해|대해|대한|통해|함께|있도록|있는|있다|것이라고|것으로|한다는|이라는|라는|데|등")]
    private static partial Regex Stock();
}
