using System.Buffers;
using System.Text;

namespace Divergence.Analysis.Topics;

/// <summary>
/// Words a taxonomy phrase cannot match without: "(north korea|dprk|pyongyang)[a-z' ]{0,30}(russia|moscow)" needs
/// "north korea", "dprk" or "pyongyang". A topic whose every English phrase has such words is tried on a claim only
/// when one of them occurs in it, found for all of them at once by one vectorised search (SearchValues), so a claim
/// pays for the topics it might state rather than for every alternative of all of them. Conservative: a phrase it
/// cannot read (a class, a wildcard or an escape where the words would be) gives no words, and its topic is always
/// tried. Case-insensitive, as the phrases are.
/// </summary>
public static class RequiredLiterals
{
    const int MinLength = 2;

    /// <summary>The search for a topic's phrases, or null when one of them has no required words.</summary>
    public static SearchValues<string>? For(IEnumerable<string> phrases)
    {
        var all = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in phrases)
        {
            if (Of(phrase) is not { } words) return null;
            all.UnionWith(words);
        }
        return all.Count == 0 ? null : SearchValues.Create([.. all], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Words one of which every match of the pattern contains, or null when that cannot be told.</summary>
    public static IReadOnlyList<string>? Of(string pattern)
    {
        var words = new List<string>();
        foreach (var branch in Split(pattern))
        {
            if (Branch(branch) is not { } required) return null;
            words.AddRange(required);
        }
        return words;
    }

    static IReadOnlyList<string>? Branch(string p)
    {
        string? longest = null;
        IReadOnlyList<string>? group = null;
        var run = new StringBuilder();
        void Commit()
        {
            var w = run.ToString().Trim();
            if (w.Length >= MinLength && (longest is null || w.Length > longest.Length)) longest = w;
            run.Clear();
        }
        var i = 0;
        while (i < p.Length)
        {
            var c = p[i];
            if (c == '(')
            {
                Commit();
                var end = Close(p, i);
                if (end < 0) return null;
                var inner = p[(i + 1)..end];
                i = end + 1;
                var lookaround = inner.StartsWith("?<!") || inner.StartsWith("?<=") || inner.StartsWith("?!") || inner.StartsWith("?=");
                if (inner.StartsWith("?:")) inner = inner[2..];
                else if (inner.StartsWith('?') && !lookaround) return null; // inline options, named groups: not read
                if (MayBeAbsent(p, ref i) || lookaround) continue;
                if (group is null && Of(inner) is { Count: > 0 } words && words.All(w => w.Length >= MinLength)) group = words;
                continue;
            }
            if (c == '[')
            {
                Commit();
                var end = p.IndexOf(']', i + 1);
                if (end < 0) return null;
                i = end + 1;
                MayBeAbsent(p, ref i);
                continue;
            }
            if (c == '\\')
            {
                if (i + 1 >= p.Length) return null;
                var e = p[i + 1];
                i += 2;
                if (char.IsLetterOrDigit(e)) { Commit(); MayBeAbsent(p, ref i); continue; } // \b, \s, \d, \w ...
                Literal(e);                                                                  // \. \- \' ...
                continue;
            }
            if (c is '.' or '^' or '$' or '|' or ')' or '*' or '+' or '?' or '{')
            {
                Commit();
                i++;
                if (c == '.') MayBeAbsent(p, ref i);
                continue;
            }
            i++;
            Literal(c);
        }

        // A character, then whatever quantifies it: "programs?" may lack the s, "a{2}" repeats it, so the run ends.
        void Literal(char ch)
        {
            if (i < p.Length && p[i] is '?' or '*' or '+' or '{')
            {
                if (!MayBeAbsent(p, ref i)) { run.Append(ch); if (i < p.Length && p[i] == '+') i++; }
                Commit();
                return;
            }
            run.Append(ch);
        }
        Commit();
        if (longest is not null) return [longest];
        return group;
    }

    /// <summary>Skips a quantifier after an atom; true when it lets the atom be absent (?, *, {0,...}).</summary>
    static bool MayBeAbsent(string p, ref int i)
    {
        if (i >= p.Length) return false;
        switch (p[i])
        {
            case '?' or '*':
                i++;
                if (i < p.Length && p[i] == '?') i++;
                return true;
            case '+':
                return false;
            case '{':
                var end = p.IndexOf('}', i);
                if (end < 0) return true;
                var zero = p[(i + 1)..end].Split(',')[0].Trim() == "0";
                i = end + 1;
                return zero;
            default:
                return false;
        }
    }

    static int Close(string p, int open)
    {
        var depth = 0;
        for (var i = open; i < p.Length; i++)
        {
            if (p[i] == '\\') { i++; continue; }
            if (p[i] == '[') { var end = p.IndexOf(']', i + 1); if (end < 0) return -1; i = end; continue; }
            if (p[i] == '(') depth++;
            else if (p[i] == ')' && --depth == 0) return i;
        }
        return -1;
    }

    /// <summary>The pattern's alternatives at its top level.</summary>
    static IEnumerable<string> Split(string p)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < p.Length; i++)
        {
            if (p[i] == '\\') { i++; continue; }
            if (p[i] == '[') { var end = p.IndexOf(']', i + 1); if (end > 0) i = end; continue; }
            if (p[i] == '(') depth++;
            else if (p[i] == ')') depth--;
            else if (p[i] == '|' && depth == 0) { yield return p[start..i]; start = i + 1; }
        }
        yield return p[start..];
    }
}
