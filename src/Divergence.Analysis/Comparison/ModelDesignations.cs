using System.Text.RegularExpressions;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// A model designation (capitals and digits in one token: "F404", "P-8I", "MQ-9B", "K9", "Mk1A", "Su-57") names one system.
/// Two accounts that both say "arms purchases" may still differ on which engines or aircraft; and two that name the
/// same model speak of the same point whatever else each adds. Compared without hyphens, case or a plural s ("F-404" is "F404", "F-35s" "F-35").
/// Groups, conferences and codes that look like models (G20, COP31, P5, Q3, FY2026, COVID-19, H-1B) are not.
/// </summary>
static partial class ModelDesignations
{
    /// <summary>The first model the claim names that the other account never does, as written in the claim.</summary>
    public static string? FirstMissing(string claim, IReadOnlySet<string> others) =>
        Designation().Matches(claim).Select(m => m.Value)
            .FirstOrDefault(v => IsModel(v) && !others.Contains(Normalised(v)));

    /// <summary>The claim names a model the other account also names ("AS9"): the same system, the same point.</summary>
    public static bool Shared(string claim, IReadOnlySet<string> others) => In(claim).Overlaps(others);

    /// <summary>The models a text names, normalised (AccountProfile.AllModels keeps an account's).</summary>
    public static HashSet<string> In(string text) =>
        Designation().Matches(text).Select(m => m.Value).Where(IsModel).Select(Normalised)
            .Concat(SpelledOut().Matches(text).Select(SpelledModel))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The model spelled out at this position of the text ("PAC3" at "Patriot" in "Patriot Advanced Capability-3"), or null.</summary>
    public static string? SpelledOutAt(string text, int at) =>
        SpelledOut().Matches(text).FirstOrDefault(m => m.Index <= at && at < m.Index + m.Length) is { } m ? SpelledModel(m) : null;

    static string SpelledModel(Match m) => Text.Acronyms.InitialsOf(m.Groups["name"].Value) + m.Groups["mark"].Value.ToUpperInvariant();

    // "Patriot Advanced Capability-3" is the PAC-3 the other side names: a model spelled out, initials and mark.
    [GeneratedRegex(@"\b(?<name>\p{Lu}[\p{L}']*(?:[\s\-–]+\p{Lu}[\p{L}']*)+)-(?<mark>\d{1,3}[A-Za-z]?)(?![\p{L}\d\-])")]
    private static partial Regex SpelledOut();

    // "G-20" is "G20": the look-alikes are judged without hyphens.
    static bool IsModel(string designation) => !NotAModel().IsMatch(designation.Replace("-", "", StringComparison.Ordinal));

    // "F-35s" is the plural of "F-35".
    static string Normalised(string designation) =>
        PluralS().Replace(designation.Replace("-", "", StringComparison.Ordinal), "").ToUpperInvariant();

    [GeneratedRegex(@"(?<=\d)s$")]
    private static partial Regex PluralS();

    // Capitals then digits ("F404", "P-8I", "MQ-9B", "KF-21"), or the two-letter Russian style ("Su-57", "Mi-17") and
    // marks ("Mk1A"); not a capitalised word with a number ("Line-1", "Phase-2").
    [GeneratedRegex(@"(?<![\p{L}\d\-])(?:[A-Z]{1,4}-?\d{1,4}[A-Za-z]{0,2}(?:-\d{1,3}[A-Za-z]?)?|[A-Z][a-z]-\d{2,3}[A-Z]?|Mk\d{1,2}[A-Z]?)(?![\p{L}\d\-])")]
    private static partial Regex Designation();

    [GeneratedRegex(@"^(G\d{1,2}|P5|C5|B20|T20|W20|Y20|S20|L20|D10|V4|E3|Q[1-4]|H[12]|COP\d+|FY\d+|SDGs?\d*|COVID-?19|H-?1B|EB-?5|I2U2|A3|N\d|(USD|EUR|GBP|JPY|KRW|CNY|RMB|INR|AUD|CAD|SGD|MYR|RM|PHP|VND|IDR|THB|CHF|NZD|HKD)\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAModel();
}
