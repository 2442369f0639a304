using System.Globalization;
using System.Text.RegularExpressions;

namespace Divergence.Analysis.Text;

/// <summary>
/// Large figures as values, whichever script writes them: English counts in thousands, millions and billions, Korean
/// in 만 (10^4), 억 (10^8) and 조 (10^12), so "12 million" is "1,200만" and "$350 billion" is "3,500억 달러". Only
/// figures with a magnitude word, or of five digits and more, are amounts: small numbers are counted alike.
/// </summary>
public static partial class Amounts
{
    public static HashSet<decimal> In(string text)
    {
        var values = new HashSet<decimal>();
        // "ten trillion yen", "six hundred thousand": counts in words are read as their digits.
        foreach (Match m in Figure().Matches(SpelledNumbers.Digits(text)))
        {
            if (!decimal.TryParse(m.Groups["n"].Value.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)) continue;
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            decimal? value = unit switch
            {
                "thousand" => n * 1_000m,
                "million" => n * 1_000_000m,
                "billion" => n * 1_000_000_000m,
                "trillion" => n * 1_000_000_000_000m,
                "만" => n * 10_000m,
                "억" => n * 100_000_000m,
                "조" => n * 1_000_000_000_000m,
                _ => n >= 10_000m && m.Groups["n"].Value.Contains(',') || n >= 100_000m ? n : null,
            };
            if (value is { } v) values.Add(v);
        }
        return values;
    }

    /// <summary>The amounts a figure found at <paramref name="figure"/> gives, read with the magnitude word after it
    /// ("12 million", "US$1 billion"): what a figure is worth when the other side writes it in other units or words.</summary>
    public static HashSet<decimal> At(string text, Match figure) =>
        In(text[figure.Index..Math.Min(text.Length, figure.Index + figure.Length + 12)]);

    // A number, then a magnitude word (English, after a space) or unit (Korean, attached or after a space). A year or
    // a date is no amount: four digits alone stay out (under 10,000), "2025년" has no magnitude unit.
    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?<unit>만|억|조)|\s+(?<unit>thousand|million|billion|trillion)\b)?(?![\d,])", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();
}
