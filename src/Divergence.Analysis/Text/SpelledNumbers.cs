using System.Globalization;
using System.Text.RegularExpressions;

namespace Divergence.Analysis.Text;

/// <summary>
/// Numbers written in words, rewritten in digits so that one side's "600,000 Vietnamese nationals" or "2 percent of GDP"
/// meets the other's "six hundred thousand Vietnamese people" or "two percent of GDP". Thousands are folded into the
/// number, with thousands separators ("50,000"); million, billion and trillion stay words after it ("ten trillion yen" is
/// "10 trillion yen"), as digits are written. Only for comparing figures: reports always quote the original text.
/// </summary>
public static partial class SpelledNumbers
{
    static readonly Dictionary<string, int> Small = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    public static string Digits(string text) => OneLarge().Replace(Spelled().Replace(DigitsThousand().Replace(text, Thousands), m => Value(m.Value) is { } v
        ? v.ToString("#,0", CultureInfo.InvariantCulture) : m.Value), "1 ");

    // "50 thousand skilled workers" is "50,000": the digits times a thousand (left alone, "thousand" would read as 1,000).
    static string Thousands(Match m) =>
        decimal.TryParse(m.Groups["n"].Value.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
            ? (n * 1000m).ToString("#,0.###", CultureInfo.InvariantCulture) : m.Value;

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+thousand\b", RegexOptions.IgnoreCase)]
    private static partial Regex DigitsThousand();

    // "more than a million visitors" is "over 1 million visitors": "a" before million and larger is one of them.
    [GeneratedRegex(@"\ban? (?=(?:million|billion|trillion)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OneLarge();

    /// <summary>"six hundred thousand" is 600000, "a hundred" 100, "twenty-five" 25; null where the words make no number
    /// ("hundred" alone).</summary>
    static long? Value(string words)
    {
        long total = 0, current = 0;
        var any = false;
        foreach (var w in words.ToLowerInvariant().Split([' ', '-', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Small.TryGetValue(w, out var n)) { current += n; any = true; }
            else if (w == "hundred") current = (current == 0 ? 1 : current) * 100;
            else if (w == "thousand") { total += (current == 0 ? 1 : current) * 1000; current = 0; }
        }
        return any || total > 0 ? total + current : null;
    }

    // A run of number words ("six hundred thousand", "a hundred and twenty", "twenty-five"); "a hundred" counts, "a" alone
    // does not. Million and larger stay as written.
    [GeneratedRegex(@"\b(?:an? (?=hundred\b|thousand\b))?(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?:(?:\s+and\s+|[\s-]+)(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b))?)+\b", RegexOptions.IgnoreCase)]
    private static partial Regex Spelled();
}
