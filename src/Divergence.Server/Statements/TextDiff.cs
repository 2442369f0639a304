using Divergence.Analysis.Text;

namespace Divergence.Server.Statements;

public sealed record DiffLine(string Op, string Text);

/// <summary>
/// A sentence-level diff (longest common subsequence): releases are edited a sentence at a time, and a reader
/// wants to see which sentence appeared or vanished, not which characters.
/// </summary>
public static class TextDiff
{
    public static IReadOnlyList<DiffLine> Sentences(string before, string after)
    {
        var a = SentenceSplitter.Split(before).Select(s => s.Of(before)).ToArray();
        var b = SentenceSplitter.Split(after).Select(s => s.Of(after)).ToArray();
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        for (var j = b.Length - 1; j >= 0; j--)
            lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var diff = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y]) { x++; y++; continue; }
            if (lcs[x + 1, y] >= lcs[x, y + 1]) diff.Add(new DiffLine("removed", a[x++]));
            else diff.Add(new DiffLine("added", b[y++]));
        }
        while (x < a.Length) diff.Add(new DiffLine("removed", a[x++]));
        while (y < b.Length) diff.Add(new DiffLine("added", b[y++]));
        return diff;
    }
}
