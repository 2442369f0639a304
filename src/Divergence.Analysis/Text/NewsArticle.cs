using System.Text.RegularExpressions;

namespace Divergence.Analysis.Text;

/// <summary>
/// A news article that summarises a release instead of the release itself: only what it attributes to the
/// issuer ("..., the ministry said", "according to the ministry", "the release said", a minister's post) is the
/// issuer's account; the reporter's background, third parties and the other side's readout are not.
/// </summary>
public static partial class NewsArticle
{
    /// <summary>A byline, a "(LEAD)" slug or an agency dateline marks a news article.</summary>
    public static bool Detect(string text) => Byline().IsMatch(text) || AgencyDateline().IsMatch(text);

    /// <summary>The sentence carries the issuer's own words, by attribution to its ministry, release or post.</summary>
    public static bool AttributedToIssuer(string sentence) =>
        IssuerAttribution().IsMatch(sentence) && !OtherReadout().IsMatch(sentence);

    /// <summary>"They also discussed ...": continues the attributed sentence before it.</summary>
    public static bool Continues(string sentence) => Continuation().IsMatch(sentence);

    /// <summary>Where a trailing ", the ministry said." starts, so a claim's span can end before it.</summary>
    public static int TrailingAttributionAt(string clause) =>
        TrailingAttribution().Match(clause) is { Success: true } m ? m.Index : -1;

    // A byline line: "By Jane Doe" alone, or followed by a bar ("By Staff Reporter | New Delhi | Updated: ...").
    // Round 5 meant to accept the bar but the "$" after the name still required the line to end there.
    /// <summary>Where the claim starts after a leading "According to the MEA, ": the attribution is not the claim.</summary>
    public static int LeadingAttributionLength(string clause) =>
        LeadingAttribution().Match(clause) is { Success: true } m ? m.Length : 0;

    [GeneratedRegex(@"^\s*according to (the|a) [^,]{1,60},\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAttribution();

    [GeneratedRegex(@"^(By [A-Z][\p{L}'\-]+( [A-Z][\p{L}'\-]+)+\s*($|\|)|\(LEAD\))", RegexOptions.Multiline)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^[A-Z][A-Z .]+, [A-Z][a-z]+\.? \d{1,2} \([^)]+\) (--|—)", RegexOptions.Multiline)]
    private static partial Regex AgencyDateline();

    [GeneratedRegex(@"\b(the (foreign |external affairs )?(ministry|mea|release|statement|readout|minister)('s post)?( also)? (said|added|noted|stated)|according to (the|a) (foreign )?(ministry|mea|release|press release|statement|post by the minister)|the release said|said in a (statement|post)|\b[A-Z][a-z]+ wrote)", RegexOptions.IgnoreCase)]
    private static partial Regex IssuerAttribution();

    // Case-sensitive on purpose: "issued by the US State Department" names another body; "by the ministry" does not.
    [GeneratedRegex(@"(readout|statement|release) (issued|released|published) by (the )?[A-Z]")]
    private static partial Regex OtherReadout();

    [GeneratedRegex(@"^(They|He|She|The two sides|Both sides) also\b")]
    private static partial Regex Continuation();

    [GeneratedRegex(@",\s*(the (foreign |external affairs )?(ministry|mea|release|statement) (said|added)|according to (the|a) [^,]{0,60})\.?[""”]?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAttribution();
}
