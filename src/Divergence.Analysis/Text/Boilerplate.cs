using System.Text.RegularExpressions;

namespace Divergence.Analysis.Text;

/// <summary>
/// Recognises the debris that real release pages carry (attribution lines, datelines, navigation, disclaimers,
/// courtesies) so it is never compared. Debris is marked, not removed: evidence spans stay true to the original.
/// </summary>
public static partial class Boilerplate
{
    public static bool IsDebris(string sentence)
    {
        var s = sentence.Trim();
        if (s.Length == 0) return true;
        if (Debris().IsMatch(s)) return true;
        if (Courtesy().IsMatch(s)) return true;
        // Headings, menus and share buttons: short lines with no verb-like ending punctuation.
        var words = CountWords(s);
        var endsLikeSentence = s.EndsWith('.') || s.EndsWith('다') || s.EndsWith("다.") || s.EndsWith('"') || s.EndsWith('”');
        return !endsLikeSentence && words < 8;
    }

    static int CountWords(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^(the (below|following) is attributable to|office of the spokesperson|for immediate release|readout\b|media note|press statement|skip to (main )?content|share\b|print\b|text size|home\s*[>›]|read:|related:|see also|this (material|content) is (distributed|published)|disclaimer|copyright|all rights reserved|\(end\)|###|q:|a:|question:|answer:|moderator:|[A-Z][A-Z .,'-]{2,40}(,| —| --)\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\s*(—|--|-)?\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Debris();

    [GeneratedRegex(@"^(the two sides|both sides|they|양측은)?\s*(exchanged (views|opinions)|congratulated|thanked|expressed (gratitude|appreciation)|looked forward|agreed to (maintain|continue) (close )?communication|의견을 교환|축하)", RegexOptions.IgnoreCase)]
    private static partial Regex Courtesy();
}
