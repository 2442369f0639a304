
namespace Divergence.Analysis.Topics;

/// <summary>
/// Plain-text examples of a taxonomy phrase (a regular expression): "(north korea|dprk)[a-z' ]{0,30}(russia|moscow)"
/// gives "north korea russia", "dprk russia", ...; "denuclear[a-z]*" gives "denuclear". Open wildcards drop out, an
/// optional part is kept, alternatives multiply up to a cap. Only what the embedding model needs to place the phrase
/// in meaning: the regex still decides lexical matches.
/// </summary>
public static class PhraseExamples
{
    public const int MaxPerPhrase = 4;

    public static IReadOnlyList<string> Of(string pattern)
    {
        var pos = 0;
        var variants = Sequence(pattern, ref pos);
        return variants.Select(Clean).Where(v => v.Any(char.IsLetter)).Distinct().Take(MaxPerPhrase).ToList();
    }

    static string Clean(string s) => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '-', '\'');

    // sequence := atom*; alternatives separated by '|' at this level.
    static List<string> Sequence(string p, ref int pos)
    {
        var alternatives = new List<string>();
        var current = new List<string> { "" };
        while (pos < p.Length && p[pos] != ')')
        {
            if (p[pos] == '|')
            {
                pos++;
                alternatives.AddRange(current);
                current = [""];
                continue;
            }
            var atom = Atom(p, ref pos);
            var (optional, open) = Quantifier(p, ref pos);
            if (open) atom = [" "];
            else if (optional && atom.All(a => a.Trim().Length <= 1)) atom = [" "];
            current = current.SelectMany(c => atom.Select(a => c + a)).Take(MaxPerPhrase * 2).ToList();
        }
        alternatives.AddRange(current);
        return alternatives;
    }

    static List<string> Atom(string p, ref int pos)
    {
        var c = p[pos];
        if (c == '(')
        {
            pos++;
            var lookaround = false;
            if (pos < p.Length && p[pos] == '?')
            {
                // (?:...) is a plain group; (?=, (?!, (?<=, (?<! are conditions, not text.
                lookaround = pos + 1 < p.Length && p[pos + 1] != ':';
                pos += p[pos + 1] == '<' ? 3 : 2;
            }
            var inner = Sequence(p, ref pos);
            if (pos < p.Length && p[pos] == ')') pos++;
            return lookaround ? [""] : inner;
        }
        if (c == '[')
        {
            var end = pos + 1;
            while (end < p.Length && p[end] != ']') end += p[end] == '\\' ? 2 : 1;
            var set = p[(pos + 1)..Math.Min(end, p.Length)];
            pos = Math.Min(end + 1, p.Length);
            if (set.Contains(' ') || set.Contains("\\s")) return [" "];
            if (set.StartsWith('^') || set.Contains('-') && set.Length > 2) return [""];
            return [set.Length > 0 ? set[0].ToString() : ""];
        }
        if (c == '\\' && pos + 1 < p.Length)
        {
            var e = p[pos + 1];
            pos += 2;
            return e switch
            {
                'b' or 'B' or 'd' or 'w' or 'W' or 'D' or 'p' or 'P' => [""],
                's' => [" "],
                _ => [e.ToString()],
            };
        }
        pos++;
        return c switch
        {
            '.' => [" "],
            '^' or '$' => [""],
            _ => [c.ToString()],
        };
    }

    /// <summary>optional: ? or {0,n}; open: * or + or {n,} on a wildcard-like atom (treated as a gap).</summary>
    static (bool Optional, bool Open) Quantifier(string p, ref int pos)
    {
        if (pos >= p.Length) return (false, false);
        var c = p[pos];
        if (c == '?') { pos++; Lazy(p, ref pos); return (true, false); }
        if (c == '*') { pos++; Lazy(p, ref pos); return (true, true); }
        if (c == '+') { pos++; Lazy(p, ref pos); return (false, false); }
        if (c == '{')
        {
            var end = p.IndexOf('}', pos);
            if (end < 0) return (false, false);
            var body = p[(pos + 1)..end];
            pos = end + 1;
            Lazy(p, ref pos);
            return (body.StartsWith('0'), true);
        }
        return (false, false);
    }

    static void Lazy(string p, ref int pos)
    {
        if (pos < p.Length && p[pos] == '?') pos++;
    }
}
