using System.Text.RegularExpressions;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// A survey line: "exchanged views on the Middle East and other regional issues", "reviewed the full spectrum of the
/// partnership, including trade, defence and culture". It lists areas to show breadth and commits to none of them, so
/// a topic it names that the other side leaves out is shown only below the reporting threshold.
/// </summary>
static partial class SurveyMention
{
    public static bool Is(string claim) => Breadth().IsMatch(claim) || OtherIssues().IsMatch(claim) || RangeOfIssues().IsMatch(claim) || KoreanBreadth().IsMatch(claim)
        || ExchangedViews().IsMatch(claim) || Focus().IsMatch(claim);

    // "The focus was very much on trade, technology, security and mobility": a briefer naming the areas the talks covered.
    [GeneratedRegex(@"^\W*(the )?(main |key |primary |principal )?focus( of (the|our|their) [\w\- ]{1,30})? (was|is|has been|remained) ([a-z]+ ){0,2}on\b", RegexOptions.IgnoreCase)]
    private static partial Regex Focus();

    // "The two ministers also exchanged views on the situations in Ukraine and the Middle East": views exchanged commit
    // to nothing, whatever the subject; 의견을 교환 in Korean. Examples named ("..., including Gaza and Syria") are a
    // point of their own.
    [GeneratedRegex(@"^(?![^;]*\binclud)([^,;]{0,60}\bexchanged (views|opinions|perspectives) (on|about|over|regarding)\b|.*의견을\s*교환)", RegexOptions.IgnoreCase)]
    private static partial Regex ExchangedViews();

    // "covered trade, fentanyl, and a range of global issues": the same catch-all closing an agenda.
    [GeneratedRegex(@"\band an? (wide |broad )?range of ([\w-]+ (and )?){0,3}(issues|matters|topics|questions)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RangeOfIssues();

    // "the full spectrum of", "the entire gamut of", "the whole range of": a review of everything; a story may quote
    // the words ('reviewed the "full range" of the partnership').
    // "an alliance encompassing security, the economy and technology": the fields it spans.
    // "we have taken our Enhanced Partnership further, from maritime security ... to new support for ...": a quote's span
    // of the fields, from one end to the other (the clause after the comma too: "from X and Y to Z").
    [GeneratedRegex(@"\b(full|entire|whole|wide|broad) (spectrum|gamut|range)[""”’']? of\b|\b(alliance|partnership|relationship|cooperation) (encompassing|spanning)\b|\b(alliance|partnership|relationship|cooperation|ties)\b[^.;,]{0,30}[,:—–]\s*from\b[^.;]{3,100}\bto\b|^\W*from [^.;\d]{3,100}\band\b[^.;]{1,60}\bto\b", RegexOptions.IgnoreCase)]
    private static partial Regex Breadth();

    // "... and other international and regional issues (of common concern)": a list closed by a catch-all.
    [GeneratedRegex(@"\band other ([\w-]+ (and )?){0,3}(issues|matters|topics|questions|areas)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherIssues();

    // "국방·방산, 경제안보, 에너지 등 제반 분야에서": a list of fields closed by "and all (other) fields"; "안보와 경제,
    // 첨단기술을 아우르는 포괄적 전략동맹": the fields a relationship spans, named to show its breadth.
    [GeneratedRegex(@"등 (제반|여러|다양한|각|모든|전) ?분야|[을를]\s*아우르는")]
    private static partial Regex KoreanBreadth();
}
