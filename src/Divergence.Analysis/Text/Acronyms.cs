using System.Text.RegularExpressions;

namespace Divergence.Analysis.Text;

/// <summary>
/// A name and its acronym are one name: "CPEC" on one side and "China-Pakistan Economic Corridor" on the other
/// name the same corridor. Initials are taken from the capitalised words of a run (hyphenated or dashed parts count apart;
/// "of", "and", "for", "the", "on" inside the run are skipped).
/// </summary>
public static partial class Acronyms
{
    /// <summary>The initials of every run of two or more capitalised words in the text, upper case.</summary>
    public static HashSet<string> OfNamesIn(string text) =>
        NameRun().Matches(text).Select(m => Initials(m.Value)).Where(i => i.Length >= 2).SelectMany(Forms).ToHashSet(StringComparer.Ordinal);

    /// <summary>The initials and the acronyms a long name also goes by: "Comprehensive and Progressive Agreement for
    /// Trans-Pacific Partnership" (CPATPP) is the CPTPP, one word left out. Only names of six or more initials, so a
    /// dropped letter still leaves five and no short acronym matches by chance.</summary>
    public static IEnumerable<string> Forms(string initials)
    {
        yield return initials;
        if (initials.Length < 6) yield break;
        for (var i = 1; i < initials.Length; i++) yield return initials.Remove(i, 1);
    }

    /// <summary>Whether a text's lower-cased words give the name of these initials by one of its acronyms (Forms).</summary>
    public static bool AbbreviatedIn(string initials, IReadOnlySet<string> lowerCaseWords) =>
        Forms(initials).Any(f => lowerCaseWords.Contains(f.ToLowerInvariant()));

    /// <summary>The initials of the capitalised run that contains the word at this position, or "" if none.</summary>
    public static string OfRunAt(string text, int at)
    {
        foreach (Match m in NameRun().Matches(text))
            if (m.Index <= at && at < m.Index + m.Length) return Initials(m.Value);
        return "";
    }

    /// <summary>The initials of a name written out, upper case ("Patriot Advanced Capability" -> "PAC").</summary>
    public static string InitialsOf(string name) => Initials(name);

    /// <summary>The initials of every name written out within a span of the text: each capitalised run that overlaps it,
    /// and each part of a run joined by "and" ("Advanced Medium-Range Air-to-Air Missiles and Patriot ..." names two).</summary>
    public static IEnumerable<string> WithinSpan(string text, int start, int end)
    {
        foreach (Match m in NameRun().Matches(text))
        {
            if (m.Index >= end || m.Index + m.Length <= start) continue;
            yield return Initials(m.Value);
            var parts = AndJoin().Split(m.Value);
            if (parts.Length > 1) foreach (var part in parts) yield return Initials(part);
        }
    }

    [GeneratedRegex(@"\s+and\s+")]
    private static partial Regex AndJoin();

    /// <summary>Every run of two or more capitalised words in the text ("Karakoram Highway").</summary>
    public static List<string> NameRunsIn(string text) => NameRun().Matches(text).Select(m => m.Value).ToList();

    /// <summary>The capitalised run that contains the word at this position, or "" if none.</summary>
    public static string RunAt(string text, int at) =>
        NameRun().Matches(text).FirstOrDefault(m => m.Index <= at && at < m.Index + m.Length)?.Value ?? "";

    /// <summary>Whether an acronym of three or more letters abbreviates a name whose initials alone it is not: "KKH" is the
    /// "Karakoram Highway" (K, then a k inside the word, then H). Every word of the name gives its initial, in order; the
    /// acronym's other letters come from inside the word before them.</summary>
    public static bool Abbreviates(string acronym, string name)
    {
        if (acronym.Length < 3 || !acronym.All(char.IsAsciiLetterUpper)) return false;
        var words = Part().Matches(name).Select(m => m.Value.ToLowerInvariant()).Where(w => w is not ("of" or "and" or "for" or "the" or "on" or "to")).ToList();
        if (words.Count < 2 || words.Count > acronym.Length) return false;
        var letters = acronym.ToLowerInvariant();

        // Letter i of the acronym, at word j, where the word's letters after position k are still free.
        bool Match(int i, int j, int k)
        {
            if (i == letters.Length) return j == words.Count - 1 || j == words.Count;
            // Next word: its initial must be the next letter.
            if (j + 1 < words.Count && words[j + 1][0] == letters[i] && Match(i + 1, j + 1, 1)) return true;
            // Inside the current word.
            if (j < 0) return false;
            var at = words[j].IndexOf(letters[i], k);
            return at >= 0 && Match(i + 1, j, at + 1);
        }
        return Match(0, -1, 0);
    }

    public static bool IsAcronym(string word) => word.Length is >= 2 and <= 8 && word.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))
        && word.Any(char.IsAsciiLetterUpper);

    static string Initials(string run) =>
        string.Concat(Part().Matches(run).Select(p => p.Value[0]).Where(char.IsUpper));

    // "Air-to-Air": a hyphenated "to" joins a name's parts as well. A capitalised word that opens a sentence ("Regarding
    // the Global Combat Air Programme", "The Karakoram Highway") is no part of the name after it.
    [GeneratedRegex(@"\b(?!(?:The|Regarding|Concerning|On|In|At|As|For|With|During|Following|Under|Through|By|From|To|And|But|Both|This|These|That|Those|Turning)\b)\p{Lu}[\p{L}']*(?:(?:[\s\-–]+(?:(?:of|and|for|the|on)\s+|to[\-–])?)\p{Lu}[\p{L}']*)+")]
    private static partial Regex NameRun();

    [GeneratedRegex(@"\p{L}[\p{L}']*")]
    private static partial Regex Part();
}
