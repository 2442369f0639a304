using System.Text.RegularExpressions;
using Divergence.Analysis.Text;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// Korean against English: the taxonomy is the only bridge between the two languages, except for what both write
/// the same way. A Korean release keeps codes and acronyms in Latin script ("APEC", "G7", "K9", "CEPA") and figures
/// in digits, so such a token in a claim that the other account also uses, in one of at most
/// <see cref="MaxUsesInAccount"/> of its claims, is shared evidence of the same point across the languages.
/// Ordinary capitalised words (participants' names, party names) are not tokens: names are transliterated and a
/// party's name is in every paragraph. Years, dates and one-digit numbers are not figures.
/// </summary>
public static partial class CrossScript
{
    /// <summary>A token the other account repeats in more claims than this is its running subject, not a point.</summary>
    public const int MaxUsesInAccount = 2;

    /// <summary>Whether the claim and the other account are in different languages (the case this bridges).</summary>
    public static bool Across(ClaimProfile claim, AccountProfile other) =>
        claim.IsKorean ? !other.HasKorean && other.HasEnglish : !other.HasEnglish && other.HasKorean;

    /// <summary>Codes and acronyms (two capitals, or a capital with a digit) and figures of two or more digits
    /// that are no year and no date, in the form both scripts share.</summary>
    public static HashSet<string> Tokens(string text, IEnumerable<string> issuers)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        // "RoK" is how Viet Nam writes "ROK": a party's code in any case.
        var parties = issuers.SelectMany(PartyNames.Of).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Latin().Matches(text))
        {
            // "P-8I" is one code; "China-ROK", "Indo-Pacific" are words joined, each judged alone.
            var parts = m.Value.Any(char.IsDigit) ? [m.Value] : m.Value.Split('-', StringSplitOptions.RemoveEmptyEntries);
            foreach (var part in parts)
                if (IsCode(part) && !parties.Contains(part)) tokens.Add(part);
            // "RDP-A" is the Reciprocal Defense Procurement Agreement's initials with a hyphen: the joined form as well.
            if (parts.Length > 1 && parts.All(p => p.All(char.IsAsciiLetterUpper))) tokens.Add(string.Concat(parts));
        }
        foreach (Match m in Figure().Matches(text))
        {
            var n = m.Value.TrimEnd('.', ',');
            var digits = n.Count(char.IsDigit);
            if (digits < 2 || n.Contains('.') && !n.Contains(',') && DottedDate().IsMatch(n)) continue;
            var after = text[(m.Index + m.Length)..];
            var before = text[..m.Index];
            // A year by itself ("by 2030", "2030년까지") is a target; one that opens or closes a date is logistics.
            if (Year().IsMatch(n) ? KoreanDate().IsMatch(after) || EnglishMonthBefore().IsMatch(before.TrimEnd(',', ' ') + " ")
                                    || Regex.IsMatch(before, @"\d{1,2},?\s*$")
                : KoreanDateUnit().IsMatch(after) || EnglishMonthBefore().IsMatch(before) || EnglishMonthAfter().IsMatch(after)) continue;
            tokens.Add(n.Replace(",", ""));
        }
        return tokens;
    }

    /// <summary>Two capitals ("ASEAN", "MoU" is not) or a capital with a digit ("G7", "P-8I"): a code, not a
    /// capitalised word. A currency code ("USD 150 billion") is a unit, which Korean writes in its own words
    /// (달러, 불, 유로, 엔): no code the other script would keep.</summary>
    static bool IsCode(string token) =>
        (token.Count(char.IsUpper) >= 2 || (token.Any(char.IsUpper) && token.Any(char.IsDigit))) && !Currency().IsMatch(token) && !TitleOrOffice().IsMatch(token)
        && !Quarter().IsMatch(token);

    // "EAM conveyed ...", "the PMO said": a title or an office abbreviated the way one side's own pages write it, which
    // the other script spells out in its words (외교장관, 총리실): the speaker, not a point.
    [GeneratedRegex(@"^(EAM|PM|FM|HE|HRVP|VP|NSA|MEA|MOFA|MFA|DFA|DFAT|FCDO|EEAS|MND|MOD|MoD|DoD|DOD|DOW|PMO|PIB|MP|MPs)$")]
    private static partial Regex TitleOrOffice();

    // "Q2 2025", "H1", "FY2026": a quarter or half of the year is a date, which Korean writes in its words (2분기, 상반기).
    [GeneratedRegex(@"^(Q[1-4]|H[12]|FY(\d{2}|\d{4})?)$")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^(USD|EUR|GBP|JPY|KRW|CNY|RMB|INR|PKR|RUB|AUD|CAD|CHF|VND|PHP|IDR)$")]
    private static partial Regex Currency();

    /// <summary>The tokens of the claim that the other account uses in at least one and at most
    /// <see cref="MaxUsesInAccount"/> claims.</summary>
    public static IReadOnlyList<string> Shared(ClaimProfile claim, AccountProfile stating, AccountProfile other)
    {
        if (!Across(claim, other)) return [];
        string[] issuers = [stating.Account.Issuer, other.Account.Issuer];
        var mine = Tokens(claim.Claim.Text, issuers);
        mine.UnionWith(claim.IsKorean ? Glosses(claim.Claim.Text) : GlossedBy(claim.Claim.Text, other));
        var amounts = claim.Amounts;
        if (mine.Count == 0 && amounts.Count == 0) return [];
        var uses = other.Claims.Select(o => Tokens(o.Claim.Text, issuers)
            .Concat(o.IsKorean ? Glosses(o.Claim.Text) : CapitalisedWords(o.Claim.Text)).ToHashSet(StringComparer.Ordinal)).ToList();
        // "제57차 한미안보협의회의(SCM)" against "the Security Consultative Meeting": the Korean release keeps the code the
        // English one spells out, so the initials of the other side's names count as its uses of that code.
        var shared = mine.Where(t => uses.Count(u => u.Contains(t)) is >= 1 and <= MaxUsesInAccount || SpelledOut(t, other)).ToList();
        // "3,500억 달러" against "$350 billion": the same amount in each script's units.
        shared.AddRange(amounts.Where(a => other.Claims.Count(o => o.Amounts.Contains(a)) is >= 1 and <= MaxUsesInAccount)
            .Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return shared;
    }

    /// <summary>"호주 질롱(Geelong)에 위치한 한화 공장": a Korean release glosses a place, a company or a programme in Latin
    /// script in brackets, which the English account writes the same way. Not a person's name (the gloss before a
    /// title, "알바레스(Albares) 스페인 외교장관"): a participant is named in every paragraph of the other side.</summary>
    static IEnumerable<string> Glosses(string text) =>
        Gloss().Matches(text).Where(m => !TitleAfter().IsMatch(text.AsSpan(m.Index + m.Length))).Select(m => m.Groups["word"].Value);

    /// <summary>The capitalised words of an English claim that the Korean account glosses in one of its claims.</summary>
    static IEnumerable<string> GlossedBy(string text, AccountProfile korean)
    {
        var glossed = korean.Claims.Where(c => c.IsKorean).SelectMany(c => Glosses(c.Claim.Text)).ToHashSet(StringComparer.Ordinal);
        return glossed.Count == 0 ? [] : CapitalisedWords(text).Where(glossed.Contains);
    }

    static IEnumerable<string> CapitalisedWords(string text) => CapitalisedWord().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"(?<=[\uAC00-\uD7A3]\s?\()(?<word>[A-Z][a-z]{3,})\)")]
    private static partial Regex Gloss();

    [GeneratedRegex(@"^\s*([가-힣]+\s*){0,2}(장관|대통령|총리|주석|차관|대사|총장|의원|대변인|위원장|부장|수상|국왕|총통|사무총장|대표|부총리|장관대행)")]
    private static partial Regex TitleAfter();

    [GeneratedRegex(@"\b[A-Z][a-z]{3,}\b")]
    private static partial Regex CapitalisedWord();

    /// <summary>Absent codes a topicless claim needs to be an omission across the languages. One suffices: a code
    /// is written the same way in both scripts, so its absence is plain (two never occurred on any set).</summary>
    public const int MinAnchors = 1;

    /// <summary>Anchors across the languages: the claim's codes ("MASGA", "G7") that the other account never writes.
    /// Figures are shared evidence but no anchor: Korean counts in 만 and 억 ("3,500억" is 350 billion), so a figure
    /// missing from the other script may only be written another way.</summary>
    public static IReadOnlyList<string> Anchors(ClaimProfile claim, AccountProfile stating, AccountProfile other)
    {
        if (!Across(claim, other)) return [];
        string[] issuers = [stating.Account.Issuer, other.Account.Issuer];
        var otherTokens = other.Account.Statements.SelectMany(s => s.Analysis.Claims)
            .SelectMany(c => Tokens(c.Text, issuers)).ToHashSet(StringComparer.Ordinal);
        var otherText = other.AllText;
        return Tokens(claim.Claim.Text, issuers)
            .Where(t => !otherTokens.Contains(t) && !otherText.Contains(t, StringComparison.Ordinal))
            .Where(t => !t.All(char.IsDigit) && !SpelledOut(t, other) && !NamedInHangul(t, other)).ToList();
    }

    /// <summary>"DPRK" or "RoK" against a Korean account that says 북한 or 한국: the same country, in the other script; "ASEAN"
    /// against 아세안, "NATO" against 나토: an organisation Korean writes in Hangul.</summary>
    static bool NamedInHangul(string code, AccountProfile other) =>
        PartyNames.KoreanNamesOf(code).Concat(OrganisationsInHangul.TryGetValue(code, out var names) ? names : [])
            .Any(n => other.SubstantiveText.Contains(n, StringComparison.Ordinal));

    // The bodies Korean releases write by their Korean names, where an English release keeps the acronym.
    static readonly Dictionary<string, string[]> OrganisationsInHangul = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ASEAN"] = ["아세안"], ["NATO"] = ["나토", "북대서양조약기구"], ["UN"] = ["유엔", "국제연합"], ["EU"] = ["유럽연합"],
        ["IAEA"] = ["국제원자력기구"], ["IMF"] = ["국제통화기금"], ["WTO"] = ["세계무역기구"], ["OECD"] = ["경제협력개발기구"],
        ["WHO"] = ["세계보건기구"], ["UNESCO"] = ["유네스코"], ["MIKTA"] = ["믹타"], ["BRICS"] = ["브릭스"], ["Quad"] = ["쿼드"],
        ["APEC"] = ["에이펙", "아시아태평양경제협력체"], ["IPEF"] = ["인도태평양경제프레임워크"], ["CPTPP"] = ["포괄적·점진적 환태평양경제동반자협정"],
        ["RCEP"] = ["역내포괄적경제동반자협정"], ["ARF"] = ["아세안지역안보포럼"], ["EAS"] = ["동아시아정상회의"],
    };

    static bool SpelledOut(string code, AccountProfile other) => code.All(char.IsLetter) && other.NameInitials.Contains(code);

    // A Latin-script token; Korean particles attach directly ("APEC에서"), so only Latin letters and digits bound it.
    [GeneratedRegex(@"(?<![A-Za-z0-9\-.])[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9](?![A-Za-z0-9\-])|(?<![A-Za-z0-9\-.])\d+-?[A-Za-z][A-Za-z0-9\-]*(?![A-Za-z0-9\-])")]
    private static partial Regex Latin();

    [GeneratedRegex(@"(?<![A-Za-z\p{N}.,\-])\d[\d,.]*\d(?![A-Za-z\p{N}\-])|(?<![A-Za-z\p{N}.,\-])\d(?![A-Za-z\p{N}.,\-])")]
    private static partial Regex Figure();

    [GeneratedRegex(@"^(19|20)\d\d$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}$")]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"^\s*년\s*\d{1,2}\s*월")]
    private static partial Regex KoreanDate();

    [GeneratedRegex(@"^\s*(년|월|일|시|분|차)")]
    private static partial Regex KoreanDateUnit();

    [GeneratedRegex(@"\b(" + MonthNames.Alternation + @")(\s+\d{1,2})?,?\s*$")]
    private static partial Regex EnglishMonthBefore();

    [GeneratedRegex(@"^\s*(" + MonthNames.Alternation + @")\b")]
    private static partial Regex EnglishMonthAfter();
}
