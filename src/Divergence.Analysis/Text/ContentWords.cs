using System.Text.RegularExpressions;

namespace Divergence.Analysis.Text;

/// <summary>
/// The content words of an English claim: participants' names and titles, function words and the stock phrasing
/// of diplomatic releases removed. Names and stock words ("alliance", "discussed", "region") dominate sentence
/// similarity and make an omitted commitment look matched, so comparisons decide on what is left.
/// </summary>
public static partial class ContentWords
{
    /// <summary>The content words in their original form, in order (what the embedding model sees).</summary>
    public static IReadOnlyList<string> Of(string claim)
    {
        var withoutNames = TitledName().Replace(claim, " ");
        var words = new List<string>();
        foreach (Match m in Word().Matches(withoutNames))
        {
            var w = m.Value.Trim('\'', '-');
            // Numbers are dates, times and durations: logistics, not commitments.
            if (w.Length < 2 || char.IsDigit(w[0])) continue;
            var lower = w.ToLowerInvariant();
            if (StockWords.Ignored.Contains(lower)) continue;
            words.Add(w);
        }
        return words;
    }

    /// <summary>Crude but language-agnostic stemming by truncation: "sanctions"/"sanctioned" -> "sancti".</summary>
    public static string Stem(string lowerWord)
    {
        var w = lowerWord.EndsWith("'s") ? lowerWord[..^2] : lowerWord;
        return w.Length <= 6 ? w.TrimEnd('s') : w[..6];
    }

    public static HashSet<string> StemsOf(string claim) =>
        Of(claim).Select(w => Stem(w.ToLowerInvariant())).ToHashSet();

    [GeneratedRegex(@"[\p{L}][\p{L}'\-]*|\d+")]
    private static partial Regex Word();

    // A title and the capitalised words that follow it ("Secretary of State Marco Rubio", "Foreign Minister Cho
    // Hyun", "President Donald J. Trump"), and courtesy titles.
    [GeneratedRegex(@"\b(Deputy\s+|Vice\s+|Prime\s+|Foreign\s+|Defen[cs]e\s+|Chief\s+|General\s+|Special\s+|High\s+)*(Secretary|Minister|President|Premier|Chancellor|Spokesperson|Spokesman|Spokeswoman|Ambassador|Envoy|Representative|Councilor|Commissioner|Director|Mr\.|Ms\.|Mrs\.|Dr\.)(\s+(of|for)\s+(State|Foreign\s+Affairs|Defen[cs]e|External\s+Affairs))?((\s+[A-Z][\p{L}'\-]*\.?|\s+[A-Z]\.)){0,4}")]
    private static partial Regex TitledName();
}
