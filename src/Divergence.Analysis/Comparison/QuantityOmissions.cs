using System.Text.RegularExpressions;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// A figure one side gives and the other never mentions: "suffered over 90,000 casualties", "purchase $100 billion
/// of LNG". A quantity is a commitment or a claim of record whatever topic it falls under, and its absence is plain
/// to check: the same digits appear nowhere in the other account. Dates, times and list numbers are not quantities
/// (a unit or a currency must go with the number). English against English only: Korean counts in 억/만 units.
/// </summary>
static partial class QuantityOmissions
{
    /// <summary>Measured precision of the bin: of the claims on the corpus that give a figure the other side lacks,
    /// 7 of 9 overlap a labelled omission (the other two continue or share a sentence already reported); rounded down
    /// for the small count. See docs/analysis-calibration.md.</summary>
    public const double Confidence = 0.75;

    /// <summary>Claims with a figure the other account lacks, one per sentence, except after (or in) a clause already
    /// reported as an omission: "..., no less than 25 million metric tons a year" continues the point reported before
    /// it. A figure ahead of another clause's omission ("confirmed the goal of $100 billion in trade ..., and discussed
    /// settlements in national currencies") is a commitment of its own.</summary>
    public static IEnumerable<Omission> Of(AccountProfile stating, AccountProfile other, IReadOnlyList<Omission> reported)
    {
        if (!other.HasEnglish || other.HasKorean) yield break;
        // "two percent of GDP" against "2 percent": a quantity in words is the same figure (a bare "two leaders" is not).
        // A day of the month is no figure: "from 23 to 25 February" does not give "A$25 million".
        var otherFigures = other.Claims.Select(c => DayOfMonth().Replace(c.Claim.Text, " "))
            .SelectMany(t => Figures(t, anyNumber: true).Concat(Figures(Text.SpelledNumbers.Digits(t), anyNumber: false))).ToHashSet();
        var reportedClauses = reported.Where(o => o.Confidence >= AccountComparer.ReportingConfidence).Select(o => o.Evidence).ToList();
        var sentencesDone = new HashSet<(string, int)>();
        foreach (var claim in stating.Claims.Where(c => !c.IsKorean && !c.Claim.Setting))
        {
            var text = Population().Replace(Conversion().Replace(claim.Claim.Text, ""), "");
            // "JPY 10 trillion" against "ten trillion yen": the same amount, the digits written out on the other side.
            var missing = Quantity().Matches(text).Where(m => !Text.Amounts.At(text, m).Overlaps(other.AllAmounts))
                .Select(m => m.Groups["n"].Value.Replace(",", "")).FirstOrDefault(f => !otherFigures.Contains(f));
            // The same topic given a figure by both sides ("5 percent" vs "3.5 percent") is framing (FigureFraming).
            if (missing is null || FigureFraming.CounterpartOf(claim, other) is not null || reportedClauses.Any(e => e.StatementId == claim.StatementId && e.Sentence == claim.Claim.Sentence && e.Start <= claim.Claim.Start)
                || !sentencesDone.Add((claim.StatementId, claim.Claim.Sentence))) continue;
            yield return new Omission(stating.Account.Issuer, other.Account.Issuer, null,
                $"figure {missing} not in the other account", claim.Evidence, Confidence);
        }
    }

    /// <summary>The quantities a text gives (digits only), for comparing two sides' figures.</summary>
    public static HashSet<string> QuantitiesIn(string text) => Figures(text, anyNumber: false).ToHashSet();

    /// <summary>The digits of each quantity (thousands separators dropped); with anyNumber, of every number.</summary>
    static IEnumerable<string> Figures(string text, bool anyNumber) =>
        (anyNumber ? Number() : Quantity()).Matches(text).Select(m => m.Groups["n"].Value.Replace(",", ""));

    // "affordable energy for 1.4 billion Indians", "the lives of 240 million Pakistanis": a nation's headcount is rhetoric,
    // not a figure the talks produced; "some 12 million people travel between" is a figure.
    [GeneratedRegex(@"(?<=\b(?:for|of|to|its|their|our|the)\s+)\d+(?:\.\d+)?\s*(?:billion|million)\s+(?:people|peoples|citizens|inhabitants|(?:[A-Z][a-z]+(?:ans|ese|is|ns)))\b(?!-)")]
    private static partial Regex Population();

    [GeneratedRegex(@"(?<![\d.,])\d{1,2}(?:\s*(?:-|–|to|and)\s*\d{1,2})?(?:st|nd|rd|th)?\s+(?:" + Text.MonthNames.Alternation + @")\b|\b(?:" + Text.MonthNames.Alternation + @")\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*\d{1,2})?(?![\d,.]*\d)")]
    private static partial Regex DayOfMonth();

    // "100 million złoty (approx. EUR 23.5 million)": the same sum converted for the reader, not a figure of its own.
    [GeneratedRegex(@"\(\s*(?:(?:approx(?:imately|\.)?|about|around|roughly|some|equivalent to|equal to|~|≈)\s*[^)]{1,40}|(?:USD|US\$|\$|€|£|EUR|GBP)\s?[\d.,]+(?:\s*(?:million|billion|trillion))?\s*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex Conversion();

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3}(,\d{3})+|\d+(\.\d+)?)(?![\d,]*\d)")]
    private static partial Regex Number();

    // A number with a currency before it or a unit of amount after it, or a count of people or permits ("30,000 Indian
    // students", "5,000 visas").
    [GeneratedRegex(@"(?:(?:USD|US\$|\$|€|£|GBP|EUR)\s?(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?))|(?<![\d.,])(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?:percent|per cent|%|percentage points?|billion|million|trillion|thousand|(?:metric )?tons|tonnes|barrels|casualties|deaths|dead|killed|wounded|troops|soldiers|civilians|refugees|prisoners|hostages|detainees)\b|(?<![\d.,])(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?:students|scholarships|jobs|workers|professionals|nationals|citizens|tourists|visitors|visas)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();
}
