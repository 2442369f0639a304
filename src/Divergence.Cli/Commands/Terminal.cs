using System.Text;

namespace Divergence.Cli.Commands;

/// <summary>
/// Statement text is untrusted: a release (or a page pretending to be one) could carry terminal escape
/// sequences. Everything quoted to a terminal goes through here; JSON output is escaped by the serializer.
/// </summary>
static class Terminal
{
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(c == '\n' || c == '\t' ? ' ' : char.IsControl(c) || c is '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') ? '\uFFFD' : c);
        return sb.ToString();
    }
}
