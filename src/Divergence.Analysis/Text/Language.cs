namespace Divergence.Analysis.Text;

public static class Language
{
    /// <summary>"ko" when Hangul dominates the letters of the text, otherwise "en".</summary>
    public static string Guess(string text)
    {
        int hangul = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\uAC00' and <= '\uD7A3') hangul++;
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z') latin++;
        }
        return hangul > latin / 3 ? "ko" : "en";
    }
}
