using System.Text.RegularExpressions;
using Divergence.Analysis.Text;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// An open-vocabulary claim that carries something concrete the other account never names: a proper name used at
/// most twice in the stating account (a project, programme, place or institution, not a party to the talks, which
/// every paragraph repeats) or a figure, with the other side sharing little of its wording. Raw embedding novelty is
/// ~0.17 precise; the anchor is what makes such a claim checkable, and its absence on the other side is plain to see.
/// English against English only. Participants' names and titles are already gone (ContentWords); a hyphenated pair
/// of capitals ("Japan-U.S.", "China-Germany") names the relationship itself and is no anchor.
/// </summary>
static partial class ConcreteClaims
{
    public const double MaxWordCoverage = 0.30;
    public const double MaxSimilarity = 0.55;
    public const int MaxUsesInAccount = 2;
    public const int MinAnchors = 2;

    /// <summary>Measured on the old-taxonomy checks (0.5-0.6 precise there) and kept just above the reporting
    /// threshold: see docs/analysis-calibration.md, 1.0.</summary>
    public const double Confidence = 0.55;

    public static IReadOnlyList<string> Anchors(ClaimProfile claim, AccountProfile stating, AccountProfile other)
    {
        if (claim.IsKorean) return [];
        var text = claim.Claim.Text;
        var words = ContentWords.Of(text);
        var otherWords = other.AllWords;
        var statingText = stating.SubstantiveText;
        var anchors = new List<string>();
        var first = FirstWord().Match(text).Value;
        var parties = WithOfficials(text, PartyNames.SpansIn(text, [stating.Account.Issuer, other.Account.Issuer]));
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (!char.IsUpper(w[0]) || (i == 0 && w == first) || RelationshipPair().IsMatch(w)) continue;
            // The parties' own countries, peoples and capitals ("American", "Seoul") are the talks, not an anchor.
            if (NamesParty(text, w, parties)) continue;
            // A capitalised run naming the relationship itself ("Comprehensive Global Strategic Partnership").
            if (RelationshipName().IsMatch(text[text.IndexOf(w, StringComparison.Ordinal)..])) continue;
            var lower = w.ToLowerInvariant();
            var bare = lower.EndsWith("'s") ? lower[..^2] : lower;
            if (otherWords.Contains(bare) || otherWords.Contains(bare.TrimEnd('s'))) continue;
            // The same name, spelt out on one side and abbreviated on the other.
            if ((Acronyms.IsAcronym(w) && other.NameInitials.Contains(w)) || other.SpellsOut(w)) continue;
            var initials = Acronyms.OfRunAt(text, text.IndexOf(w, StringComparison.Ordinal));
            if (initials.Length >= 2 && Acronyms.AbbreviatedIn(initials, otherWords)) continue;
            // "the Karakoram Highway" against "the KKH".
            if (other.Abbreviates(Acronyms.RunAt(text, text.IndexOf(w, StringComparison.Ordinal)))) continue;
            if (Regex.Matches(statingText, $@"\b{Regex.Escape(bare)}", RegexOptions.IgnoreCase).Count > MaxUsesInAccount) continue;
            anchors.Add(w);
        }
        var otherText = other.AllText;
        foreach (Match m in Figure().Matches(text))
        {
            var n = m.Value.TrimEnd('.', ',');
            if (Year().IsMatch(n) || DateAround(text, m) || GivesWhole(otherText, n)) continue;
            // "12 million" against a Korean account's "1,200만": the same amount, counted in other units.
            if (Amounts.At(text, m).Overlaps(other.AllAmounts)) continue;
            anchors.Add(n);
        }
        return anchors.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The parties' names, each extended over the name of an office-holder that follows a title and it
    /// ("the President of the Russian Federation Vladimir Putin"): a party's leader is the talks, not an anchor.</summary>
    static IReadOnlyList<(int Start, int End)> WithOfficials(string text, IReadOnlyList<(int Start, int End)> parties)
    {
        if (parties.Count == 0) return parties;
        var spans = new List<(int Start, int End)>(parties);
        foreach (var (start, end) in parties)
        {
            if (!TitleBefore().IsMatch(text[..start])) continue;
            var name = NameAfter().Match(text[end..]);
            if (name.Success) spans.Add((end, end + name.Length));
        }
        return spans;
    }

    [GeneratedRegex(@"\b(President|Prime Minister|Premier|Chancellor|King|Emperor|Minister|Secretary|Chairman|Leader)( of( the)?)?\s+$")]
    private static partial Regex TitleBefore();

    [GeneratedRegex(@"^(\s+\p{Lu}[\p{L}'\-]+){1,3}")]
    private static partial Regex NameAfter();

    /// <summary>Every occurrence of the word in the claim lies inside a party's name.</summary>
    static bool NamesParty(string text, string word, IReadOnlyList<(int Start, int End)> parties)
    {
        if (parties.Count == 0) return false;
        var any = false;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (!PartyNames.Covers(parties, at, word.Length)) return false;
            any = true;
        }
        return any;
    }

    /// <summary>"January 17", "12 May": a date is logistics, not a figure.</summary>
    static bool DateAround(string text, Match m)
    {
        var before = text[..m.Index].TrimEnd();
        var after = text[(m.Index + m.Length)..].TrimStart();
        return Month().IsMatch(before) || MonthAhead().IsMatch(after);
    }

    [GeneratedRegex(@"\b(" + MonthNames.Alternation + ")$")]
    private static partial Regex Month();

    [GeneratedRegex(@"^(" + MonthNames.Alternation + @")\b")]
    private static partial Regex MonthAhead();

    public static double? ConfidenceOf(ClaimProfile claim, ClaimCoverage coverage, AccountProfile stating, AccountProfile other)
    {
        if (claim.IsKorean || coverage.ContentSize < OpenVocabularyRule.MinEnglishContentWords) return null;
        if (coverage.WordCoverage >= MaxWordCoverage || coverage.Similarity >= MaxSimilarity) return null;
        if (StanceMarkers.Tentative(claim.Claim.Text) || StanceMarkers.Absent(claim.Claim.Text)) return null;
        // An example ("including the Kingdom of ...") is detail of its head; thanks for hosting is a courtesy.
        if (StanceMarkers.Example(claim.Claim.Text) || Hosting().IsMatch(claim.Claim.Text)) return null;
        // "..., in accordance with international law and the principles of the United Nations Charter": the basis a
        // clause names qualifies the point before it; it is no point of its own.
        if (Basis().IsMatch(claim.Claim.Text)) return null;
        // "Lin Jian: The ... will be held": a transcript turn appended to a readout speaks for a briefing, not the talks.
        if (SpeakerTurn().IsMatch(claim.Claim.Text)) return null;
        // A line of names ("Ministry of ... - Piazzale della Farnesina") is a heading or an address: a point has
        // words of its own besides the names.
        if (ContentWords.Of(claim.Claim.Text).Count(w => char.IsLower(w[0])) < 2) return null;
        // "a further 5,000 missiles, manufactured by Thales in Belfast" against "another 5,000 LMM missiles produced in
        // Northern Ireland": a figure both accounts give is the same point, however each names what surrounds it. (A
        // model both name is handled before this check, in AccountComparer.)
        if (SharesAFigure(claim.Claim.Text, other.AllText)) return null;
        return Anchors(claim, stating, other).Count >= MinAnchors ? Confidence : null;
    }

    /// <summary>The text gives the figure as a whole number: "8" is not found in a visitor counter's "18,462,031".</summary>
    static bool GivesWhole(string text, string figure) => Regex.IsMatch(text, $@"(?<![\d.,]){Regex.Escape(figure)}(?!\d|,\d)");

    static bool SharesAFigure(string text, string otherText)
    {
        foreach (Match m in Figure().Matches(text))
        {
            var n = m.Value.TrimEnd('.', ',');
            if (n.Length < 3 || Year().IsMatch(n) || DateAround(text, m)) continue;
            if (GivesWhole(otherText, n)) return true;
        }
        return false;
    }

    /// <summary>Korean against English (no coverage to measure): a claim with codes or figures the other account
    /// never writes (CrossScript.Anchors) and no taxonomy topic.</summary>
    public static double? ConfidenceAcross(ClaimProfile claim, AccountProfile stating, AccountProfile other)
    {
        var text = claim.Claim.Text;
        if (claim.IsKorean ? claim.Bigrams.Count < OpenVocabularyRule.MinKoreanBigrams : claim.Stems.Count < OpenVocabularyRule.MinEnglishContentWords)
            return null;
        if (StanceMarkers.Tentative(text) || StanceMarkers.Absent(text) || StanceMarkers.Example(text) || Hosting().IsMatch(text)
            || SpeakerTurn().IsMatch(text)) return null;
        // A code or a glossed name both accounts write alike ("질롱(Geelong)" against "in Geelong") marks the same point, as
        // on the taxonomy route; a bare figure may be any other count, but an amount of millions and more in each script's
        // units ("US$ 10 billion" against "100억 달러") is the same figure.
        if (CrossScript.Shared(claim, stating, other).Any(t => t.Any(char.IsLetter) || (decimal.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out var amount) && amount >= 1_000_000m))) return null;
        return CrossScript.Anchors(claim, stating, other).Count >= CrossScript.MinAnchors ? Confidence : null;
    }

    [GeneratedRegex(@"^\W*(in accordance with|in line with|consistent with|in keeping with|in conformity with|pursuant to|on the basis of|based on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Basis();

    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}\-]+(\s+\p{Lu}[\p{L}\-]+){0,2}:\s")]
    private static partial Regex SpeakerTurn();

    /// <summary>"Lin Jian: ...": a transcript turn, which speaks for a briefing rather than the talks.</summary>
    public static bool IsSpeakerTurn(string claim) => SpeakerTurn().IsMatch(claim);

    [GeneratedRegex(@"\bthank(ed|s)?\b.{0,80}\b(hosting|hospitality)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hosting();

    [GeneratedRegex(@"^(\p{Lu}[\p{L}\-]*\s+){0,4}(Partnership|Relationship|Dialogue|Partners?)\b")]
    private static partial Regex RelationshipName();

    [GeneratedRegex(@"^\W*[\p{L}][\p{L}'\-]*")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"^\p{Lu}[\p{L}.]*-\p{Lu}")]
    private static partial Regex RelationshipPair();

    // A number inside the claim, not a list number at its start.
    [GeneratedRegex(@"(?<=\S\s+\S*)\d[\d,.]*")]
    private static partial Regex Figure();

    [GeneratedRegex(@"^(19|20)\d\d$")]
    private static partial Regex Year();
}
