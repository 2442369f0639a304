using System.Text.RegularExpressions;

namespace Divergence.Analysis.Text;

/// <summary>
/// A story on a leader's summit often cites no ministry at all, only the leader's own office and aides: "..., Lee's
/// office said", "Wi Sung-lac, Lee's national security adviser, told reporters", "Kim Yong-beom, presidential chief of
/// staff for policy, said". They speak for the lede's principal, so for the issuer.
/// </summary>
public static partial class PrincipalsVoice
{
    /// <summary>"..., Lee's office said", "according to Lee's office": the attribution to the principal's own office,
    /// built once for the story's principal, or null where the lede names none.</summary>
    public static Regex? OfficeOf(IReadOnlyCollection<string> principalNames)
    {
        if (principalNames.Count == 0) return null;
        var names = string.Join('|', principalNames.Select(Regex.Escape));
        return new Regex(@"\b(?:" + names + @")'s office (?:also )?(?:said|says|stated|added|announced|told)\b|\baccording to (?:" + names + @")'s office\b");
    }

    /// <summary>The names of an aide the sentence has speak, introduced by his post under the principal or the
    /// presidency ("Wi Sung-lac, Lee's national security adviser, told ..."), or none. Another leader's aide
    /// ("..., Trump's press secretary, said") is not the principal's.</summary>
    public static string[] AideSpeaking(string sentence, IReadOnlySet<string> principalNames) =>
        Aide().Match(sentence) is { Success: true } m && (!m.Groups["owner"].Success || principalNames.Contains(m.Groups["owner"].Value))
            ? m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : [];

    // A Korean given name is hyphenated ("Wi Sung-lac", NewsArticle.NamePart); the post is lower case ("national security adviser",
    // "chief of staff for policy") and the verb comes right after its closing comma.
    [GeneratedRegex(@"(?<![\p{L}'’])" + AideName + @", (?:also )?(?:said|says|told|added)\b")]
    private static partial Regex Aide();

    /// <summary>Where a trailing ", Lee's office said." (or '," Wi Sung-lac, Lee's national security adviser', the
    /// speaker before the clause that says he told reporters) starts in a clause, or -1.</summary>
    public static int TrailingOfficeAt(string clause) =>
        TrailingOffice().Match(clause) is { Success: true } m ? m.Index : -1;

    /// <summary>"Kim Yong-beom, presidential chief of staff for policy": a clause that only names the aide who speaks.</summary>
    public static bool IsAideOnly(string clause) => AideOnly().IsMatch(clause);

    // The aide's name, then his post under the principal ("Lee's") or the presidency.
    const string AideName = @"(?<name>" + NewsArticle.NamePart + @"(?: " + NewsArticle.NamePart + @"){0,2}), (?:(?<owner>" + NewsArticle.NamePart
        + @")'s|(?:the )?(?:senior |chief |deputy )?presidential) [a-z][a-z ]{1,60}";

    [GeneratedRegex(@",[""”]?\s*(?:[A-Z][a-z]+'s office (?:also )?(?:said|added)\.?[""”]?|" + AideName + @")$")]
    private static partial Regex TrailingOffice();

    [GeneratedRegex(@"^\s*" + AideName + @"\s*$")]
    private static partial Regex AideOnly();
}
