namespace Divergence.Analysis.Text;

public static class Language
{
    /// <summary>Whether the text has any Hangul syllable at all.</summary>
    public static bool HasHangul(string text) => text.AsSpan().IndexOfAnyInRange(FirstSyllable, LastSyllable) >= 0;

    const char FirstSyllable = '\uAC00', LastSyllable = '\uD7A3';

    /// <summary>"ko" when Hangul dominates the letters of the text, otherwise "en".</summary>
    public static string Guess(string text)
    {
        int hangul = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= FirstSyllable and <= LastSyllable) hangul++;
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z') latin++;
        }
        return hangul > latin / 3 ? "ko" : "en";
    }
}
