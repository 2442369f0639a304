using System.Text.RegularExpressions;

namespace Divergence.Analysis.Text;

/// <summary>
/// Splits a sentence into claims: "reaffirmed X, the full implementation of Y, and expressed concern about Z"
/// lists several commitments, and one shared commitment must not hide the others.
/// </summary>
public static partial class ClauseSplitter
{
    public static IReadOnlyList<TextSpan> Split(string text, TextSpan sentence)
    {
        var cuts = new List<int>();
        var body = sentence.Of(text);
        foreach (Match m in ClauseBreak().Matches(body))
            cuts.Add(sentence.Start + m.Index + m.Groups["sep"].Length);

        var claims = new List<TextSpan>();
        var start = sentence.Start;
        foreach (var cut in cuts)
        {
            AddTrimmed(text, start, cut, claims);
            start = cut;
        }
        AddTrimmed(text, start, sentence.End, claims);
        return claims;
    }

    static void AddTrimmed(string text, int start, int end, List<TextSpan> claims)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ';')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';')) end--;
        if (end - start >= 3) claims.Add(new TextSpan(start, end));
    }

    // A break before a new predicate ("..., and expressed", "...; they also") or between list items that each
    // carry their own commitment ("..., the full implementation of ...").
    [GeneratedRegex(@"(?<sep>;\s*|,\s*(and\s+|while\s+|as well as\s+)?(?=(also\s+)?(expressed|reaffirmed|reiterated|agreed|discussed|emphasi[sz]ed|underscored|stressed|welcomed|noted|highlighted|pledged|committed|condemned|called|urged|affirmed|confirmed|shared|decided|vowed|voiced|praised|underlined|acknowledged|recognized|raised|exchanged|the (full|complete|continued|importance|need|peace|shared)\b)))|(?<sep>\s+and\s+(?=(also\s+)?(expressed|reaffirmed|reiterated|agreed|discussed|emphasi[sz]ed|underscored|stressed|welcomed|noted|highlighted|pledged|committed|condemned|called|urged|vowed|voiced)\b))|(?<sep>(했|하였|였)(으며|고),?\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();
}
