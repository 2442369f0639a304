using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// The names a party's country goes by (name, short forms, demonyms, capital), from a small reference table keyed by
/// the issuer code's country prefix (KR-MOFA -> KR; Taxonomy/countries.json). A party to the talks is never something
/// the other side "omits": "American workers" against "the United States", "Seoul" against "Korea".
/// Matching is case-sensitive ("US" is not "us") and takes a possessive or plural ending.
/// </summary>
public static class PartyNames
{
    static readonly Lazy<IReadOnlyDictionary<string, Country>> Countries = new(Load);
    static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> Table = new(() =>
        Countries.Value.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)c.Value.Names.Concat(c.Value.Demonyms).Concat(c.Value.Capitals).Distinct().ToList(),
            StringComparer.OrdinalIgnoreCase));

    sealed record Country(IReadOnlyList<string> Names, IReadOnlyList<string> Demonyms, IReadOnlyList<string> Capitals, IReadOnlyList<string> Korean);

    /// <summary>Whether a country's name ("Pakistan") and a demonym ("Chinese") are of one country; null when the table
    /// knows no country by that name.</summary>
    public static bool? SameCountry(string name, string demonym)
    {
        var named = Countries.Value.Values.Where(c => c.Names.Contains(name, StringComparer.Ordinal)).ToList();
        return named.Count == 0 ? null : named.Any(c => c.Demonyms.Contains(demonym, StringComparer.Ordinal));
    }

    /// <summary>The demonym of a country named by its name ("China" -> "Chinese"), or null when the table does not know it.</summary>
    public static string? DemonymOf(string name) =>
        Countries.Value.Values.FirstOrDefault(c => c.Names.Contains(name, StringComparer.Ordinal)) is { Demonyms: [var first, ..] } ? first : null;

    /// <summary>Whether a word is some country's name, demonym or capital ("German", "Seoul"), whoever the parties are.</summary>
    public static bool IsCountryWord(string word) => AllWords.Value.Contains(word.TrimEnd('s').Replace("'", "").Replace("’", ""))
        || AllWords.Value.Contains(word);

    /// <summary>How a Korean release names the country a token names ("DPRK", "RoK" in any case -> 북한, 한국), or none
    /// where the table has no Korean names for it.</summary>
    public static IReadOnlyList<string> KoreanNamesOf(string token) =>
        Countries.Value.Values.Where(c => c.Names.Contains(token, StringComparer.OrdinalIgnoreCase)).SelectMany(c => c.Korean).Distinct().ToList();

    static readonly Lazy<HashSet<string>> AllWords = new(() =>
        Table.Value.Values.SelectMany(n => n).SelectMany(n => n.Split(' ')).ToHashSet(StringComparer.Ordinal));

    /// <summary>Every name of the country behind an issuer code, or none when the prefix is not in the table.</summary>
    public static IReadOnlyList<string> Of(string issuer)
    {
        var prefix = CountryPrefix(issuer);
        return prefix is not null && Table.Value.TryGetValue(prefix, out var names) ? names : [];
    }

    public static string? CountryPrefix(string issuer)
    {
        var p = issuer.Split('-', 2)[0].Trim().ToUpperInvariant();
        return p.Length is >= 2 and <= 3 ? p : null;
    }

    /// <summary>Character spans of <paramref name="text"/> that name one of the parties.</summary>
    public static IReadOnlyList<(int Start, int End)> SpansIn(string text, IEnumerable<string> issuers)
    {
        var names = issuers.SelectMany(Of).Distinct().OrderByDescending(n => n.Length).ToList();
        if (names.Count == 0) return [];
        var pattern = @"(?<![\p{L}\p{N}])(" + string.Join("|", names.Select(Regex.Escape)) + @")('s|’s|s)?(?![\p{L}\p{N}])";
        return Regex.Matches(text, pattern).Select(m => (m.Index, m.Index + m.Length)).ToList();
    }

    /// <summary>Whether the word at <paramref name="index"/> lies inside a party's name.</summary>
    public static bool Covers(IReadOnlyList<(int Start, int End)> spans, int index, int length) =>
        spans.Any(s => index >= s.Start && index + length <= s.End);

    static IReadOnlyDictionary<string, Country> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Divergence.Analysis.countries.json")
            ?? throw new InvalidOperationException("countries.json resource missing");
        using var doc = JsonDocument.Parse(stream);
        var table = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in doc.RootElement.GetProperty("countries").EnumerateObject())
            table[country.Name] = new Country(List(country.Value, "names"), List(country.Value, "demonyms"), List(country.Value, "capitals"), List(country.Value, "ko"));
        return table;
    }

    // "the Philippines": the article is not part of what a sentence capitalises.
    static IReadOnlyList<string> List(JsonElement country, string kind) =>
        country.TryGetProperty(kind, out var list)
            ? list.EnumerateArray().Select(e => e.GetString()!).Where(s => !string.IsNullOrWhiteSpace(s))
                .Select(n => n.StartsWith("the ", StringComparison.Ordinal) ? n[4..] : n).Distinct().ToList()
            : [];
}
