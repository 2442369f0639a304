using System.Text.RegularExpressions;

namespace Divergence.Analysis.Text;

/// <summary>
/// Splits a release into sentences as spans of the original text. Abbreviation-aware (U.S., U.N., Feb., Mr.)
/// and line-aware: real pages put headings, datelines and navigation on lines of their own.
/// </summary>
public static partial class SentenceSplitter
{
    static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "ma", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "adm", "amb", "gov", "sen", "rep", "st",
        "vs", "etc", "e.g", "i.e", "inc", "ltd", "co", "corp", "jr", "sr", "approx", "dept", "est", "fig",
        // Street words of a footer's address ("Jl. Veteran No. 17-18", "Ave.", "Blvd.").
        "jl", "ave", "blvd", "rd",
    };

    // Abbreviations only before a number ("Feb. 26", "No. 3"): "Adm. Dong Jun. Building on ..." ends a sentence.
    static readonly HashSet<string> NumberAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    };

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        foreach (var line in Lines(text))
            SplitLine(text, line, spans);
        return spans;
    }

    static IEnumerable<TextSpan> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            var span = Trim(text, new TextSpan(start, i));
            if (span.Length > 0) yield return span;
            start = i + 1;
        }
    }

    static void SplitLine(string text, TextSpan line, List<TextSpan> spans)
    {
        var start = line.Start;
        for (var i = line.Start; i < line.End; i++)
        {
            if (!IsBoundary(text, i, line.End)) continue;
            var end = i + 1;
            // keep closing quotes and brackets with the sentence they close
            while (end < line.End && "\"'”’)]".Contains(text[end])) end++;
            Add(text, new TextSpan(start, end), spans);
            start = end;
            i = end - 1;
        }
        Add(text, new TextSpan(start, line.End), spans);
    }

    static bool IsBoundary(string text, int i, int lineEnd)
    {
        var c = text[i];
        if (c is '!' or '?' or '。' or '！' or '？') return NextIsSpaceOrEnd(text, i, lineEnd);
        if (c != '.') return false;
        if (!NextIsSpaceOrEnd(text, i, lineEnd)) return false;
        var word = WordBefore(text, i);
        if (word.Length == 0) return true;
        if (Abbreviations.Contains(word)) return false;
        if (NumberAbbreviations.Contains(word)) return !NextIsDigit(text, i, lineEnd);
        // initials and dotted acronyms: "U.S.", "U.N.", "J." -- a boundary only when a capitalised sentence
        // cannot follow, which we cannot know; treat as not a boundary unless followed by a line end.
        if (word.Length == 1 && char.IsLetter(word[0])) return false;
        if (DottedAcronym().IsMatch(word)) return NextStartsSentenceAfterAcronym(text, i, lineEnd);
        // Korean dates such as "7.31.(목)" or numbered items "1." are not boundaries
        // but "by 2029. The two ministers" ends a sentence: a number after words, then a capital.
        if (word.All(char.IsDigit)) return !OpensLine(text, i - word.Length) && NextIsCapital(text, i, lineEnd);
        return true;
    }

    static bool OpensLine(string text, int at)
    {
        var j = at - 1;
        while (j >= 0 && text[j] is ' ' or '\t') j--;
        return j < 0 || text[j] == '\n';
    }

    static bool NextIsCapital(string text, int i, int lineEnd) => NextIs(text, i, lineEnd, char.IsUpper);

    static bool NextIsDigit(string text, int i, int lineEnd) => NextIs(text, i, lineEnd, char.IsDigit);

    // The first character after the spaces that follow position i, on the same line.
    static bool NextIs(string text, int i, int lineEnd, Func<char, bool> test)
    {
        var j = i + 1;
        while (j < lineEnd && text[j] == ' ') j++;
        return j < lineEnd && test(text[j]);
    }

    static bool NextStartsSentenceAfterAcronym(string text, int i, int lineEnd)
    {
        var j = i + 1;
        while (j < lineEnd && char.IsWhiteSpace(text[j])) j++;
        if (j >= lineEnd) return true;
        // "the U.S. and Korea" keeps going; "... with the U.S. The two sides" starts anew.
        var next = text[j..Math.Min(lineEnd, j + 12)];
        if (!SentenceOpener().IsMatch(next)) return false;
        // A title after the acronym opens a sentence only after "the U.S." used as a noun ("investment in the U.S.
        // Secretary Rubio concurred"); "with U.S. Secretary of State Rubio" and "and U.S. Secretary of War Hegseth"
        // name the title's country.
        if (!TitleOpener().IsMatch(next)) return true;
        var acronymStart = i - WordBefore(text, i).Length;
        return PrecededByThe(text, acronymStart) && !text[j..Math.Min(lineEnd, j + 24)].Contains(" of ", StringComparison.Ordinal);
    }

    static bool PrecededByThe(string text, int at)
    {
        var k = at - 1;
        while (k >= 0 && text[k] == ' ') k--;
        return k >= 2 && text[(k - 2)..(k + 1)].Equals("the", StringComparison.OrdinalIgnoreCase) && (k < 3 || !char.IsLetter(text[k - 3]));
    }

    static bool NextIsSpaceOrEnd(string text, int i, int lineEnd) =>
        i + 1 >= lineEnd || char.IsWhiteSpace(text[i + 1]) || "\"'”’)]".Contains(text[i + 1]);

    static string WordBefore(string text, int dot)
    {
        var j = dot - 1;
        while (j >= 0 && (char.IsLetterOrDigit(text[j]) || text[j] == '.')) j--;
        return text[(j + 1)..dot];
    }

    static void Add(string text, TextSpan span, List<TextSpan> spans)
    {
        span = Trim(text, span);
        if (span.Length > 0) spans.Add(span);
    }

    static TextSpan Trim(string text, TextSpan span)
    {
        var (s, e) = (span.Start, span.End);
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return new TextSpan(s, e);
    }

    [GeneratedRegex(@"^([A-Za-z]\.)+[A-Za-z]?$")]
    private static partial Regex DottedAcronym();

    [GeneratedRegex(@"^(The|They|Both|He|She|It|We|In|On|At|This|These|Secretary|Minister|President|Foreign)\b")]
    private static partial Regex SentenceOpener();

    [GeneratedRegex(@"^(Secretary|Minister|President|Foreign)\b")]
    private static partial Regex TitleOpener();
}
