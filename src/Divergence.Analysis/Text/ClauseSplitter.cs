using System.Text.RegularExpressions;

namespace Divergence.Analysis.Text;

/// <summary>
/// Splits a sentence into claims: "reaffirmed X, the full implementation of Y, and expressed concern about Z"
/// lists several commitments, and one shared commitment must not hide the others. A comma is a break only when
/// the pieces on both sides are long enough to carry a commitment of their own, so short serial lists ("peace,
/// security, and prosperity"), dates and appositives stay whole.
/// </summary>
public static partial class ClauseSplitter
{
    const int MinimumWordsPerPiece = 5;

    public static IReadOnlyList<TextSpan> Split(string text, TextSpan sentence)
    {
        var body = sentence.Of(text);
        // Candidate breaks: (position where the piece before ends, position where the next piece starts, hard?)
        var candidates = new List<(int End, int Next, bool Hard)>();
        foreach (Match m in Break().Matches(body))
        {
            var hard = m.Groups["hard"].Success;
            candidates.Add((sentence.Start + m.Index, sentence.Start + m.Index + m.Length, hard));
        }

        var bounds = new List<int> { sentence.Start };
        var pieceEnds = new List<int>();
        foreach (var c in candidates) { pieceEnds.Add(c.End); bounds.Add(c.Next); }
        pieceEnds.Add(sentence.End);

        var accepted = new List<(int End, int Next)>();
        for (var k = 0; k < candidates.Count; k++)
        {
            var before = Words(text, bounds[k], pieceEnds[k]);
            var after = Words(text, bounds[k + 1], pieceEnds[k + 1]);
            // "With regard to the Taiwan Strait, X reiterated that ...": the fronted frame names the topic of the
            // clause it introduces, so it stays with it.
            // Korean puts the frame's marker last: "양 장관은 전작권 전환과 관련하여, ... 합의했다".
            // "Noting the rising people-to-people ties, EAM highlighted ..." and "...불확실성이 커지고 있다고 하면서, ... 요청하였다"
            // (saying that ...): the context given for the point it leads to.
            // The Korean frame may come after a connective the sentence opens with ("ㅇ 또한, 양 장관은 ... 협력과 관련하여,").
            var opening = text[bounds[0]..pieceEnds[0]];
            var frame = !candidates[k].Hard && ((k == 0 && FrontedFrame().IsMatch(opening))
                || (accepted.Count == 0 && KoreanFrame().IsMatch(text.AsSpan(bounds[0], pieceEnds[k] - bounds[0]))));
            var joined = !candidates[k].Hard && JoinsNext(text, candidates[k], text[bounds[k + 1]..pieceEnds[k + 1]]);
            // "a free, open and rules-based Indo-Pacific", "a just, lasting and comprehensive peace": adjectives before one
            // noun. No appositive: the break before them stands.
            var window = Math.Max(sentence.Start, candidates[k].End - 40);
            var adjectives = !candidates[k].Hard && AdjectiveAhead().IsMatch(text.AsSpan(bounds[k + 1], pieceEnds[k + 1] - bounds[k + 1]))
                && AdjectiveOpens().IsMatch(text.AsSpan(window, candidates[k].End - window));
            // "5,000 missiles, manufactured by Thales in Belfast, will be delivered": the appositive (or an example, "including
            // ...") between the subject and its verb goes back with them.
            if (joined && k > 0 && Appositive().IsMatch(text[bounds[k]..pieceEnds[k]]) && accepted.Count > 0 && accepted[^1].End == candidates[k - 1].End)
                accepted.RemoveAt(accepted.Count - 1);
            // "... covering energy, semiconductor, and pharmaceutical projects, and President Trump welcomed ...": a clause with
            // a subject and verb of its own after a serial list ends the list, however short its last item.
            var sinceAccepted = Words(text, accepted.Count > 0 ? accepted[^1].Next : sentence.Start, pieceEnds[k]);
            var ownSubject = after >= MinimumWordsPerPiece && sinceAccepted >= MinimumWordsPerPiece
                && NewSubjectClause().IsMatch(text.AsSpan(bounds[k + 1], pieceEnds[k + 1] - bounds[k + 1]));
            if (!frame && !joined && !adjectives && (candidates[k].Hard || ownSubject || (before >= MinimumWordsPerPiece && after >= MinimumWordsPerPiece)))
                accepted.Add((candidates[k].End, candidates[k].Next));
        }

        var claims = new List<TextSpan>();
        var start = sentence.Start;
        foreach (var (end, next) in accepted)
        {
            AddTrimmed(text, start, end, claims);
            start = next;
        }
        AddTrimmed(text, start, sentence.End, claims);
        return claims;
    }

    /// <summary>"Japan and the United States, as well as ..., will coordinate": a piece opening on an auxiliary after a
    /// bare comma has its subject before the comma. "공정하고 지속 가능한 평화": "-하고" before an adnominal word joins
    /// adjectives before their noun, not two clauses.</summary>
    static bool JoinsNext(string text, (int End, int Next, bool Hard) at, string next) =>
        (Auxiliary().IsMatch(next) && NoConjunction().IsMatch(text[at.End..at.Next]))
        // "cooperation among Japan, the Philippines and the United States": the rest of a list of names.
        || (PartiesListOpens().IsMatch(text[..at.End]) && NamesList().IsMatch(next))
        || (KoreanAdjectiveLink().IsMatch(text[..at.Next]) && KoreanAdnominalAhead().IsMatch(next))
        // "한일, 한미일 간 긴밀히 공조": a list of partnerships before the word that closes it.
        || (KoreanPartnershipEnds().IsMatch(text[..at.End]) && KoreanPartnershipsAhead().IsMatch(next))
        // "concern about North Korea's nuclear weapons, and about its military cooperation with Russia": a second object
        // whose pronoun points back at the first; apart, it would no longer say whose cooperation.
        || PronounObject().IsMatch(next)
        // "Relations go back more than 160 years, to the treaty of friendship signed in 1861": where the history starts.
        || (HistorySpan().IsMatch(text[..at.End]) && next.TrimStart().StartsWith("to ", StringComparison.Ordinal))
        // "establishing a maintenance, repair and overhaul (MRO) facility": nouns in a series before the one they qualify.
        || (ArticleAndNoun().IsMatch(text[..at.End]) && NounPairAhead().IsMatch(next));

    // Not "a free, open and rules-based order": adjectives in a series are AdjectiveOpens' case.
    [GeneratedRegex(@"\b(a|an)\s+(?!(" + SeriesAdjectives + @")$)[a-z][\w\-]*$")]
    private static partial Regex ArticleAndNoun();

    [GeneratedRegex(@"^\s*[a-z][\w\-]* (and|or) [a-z][\w\-]* (\([A-Z]{2,6}\) )?[a-z][\w\-]*")]
    private static partial Regex NounPairAhead();

    // "an ambitious, balanced and mutually beneficial Free Trade Agreement": the words a deal is described with too.
    const string SeriesAdjectives = "free|open|inclusive|peaceful|prosperous|stable|secure|resilient|rules-based|transparent|sustainable|fair|just|comprehensive|lasting|durable|complete|verifiable|irreversible|connected|democratic"
        + "|ambitious|balanced|mutually beneficial|high-quality|high-standard|reciprocal|equitable|commercially meaningful|meaningful|robust|substantive|modern"
        + "|multi-sector|multi-sectoral|forward-looking|future-oriented|win-win|long-term";

    [GeneratedRegex(@"\b(a|an|the) (" + SeriesAdjectives + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex AdjectiveOpens();

    [GeneratedRegex(@"^\s*(and )?(" + SeriesAdjectives + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex AdjectiveAhead();

    [GeneratedRegex(@"\b(go(es)? back|went back|date(s)? back|dating back|stretch(es)? back)( more than| over| nearly| almost| some)? [\w-]+ (years|decades|centuries)$", RegexOptions.IgnoreCase)]
    private static partial Regex HistorySpan();

    [GeneratedRegex(@"^\s*(and\s+)?(about|over|on|regarding|at)\s+(its|their)\b")]
    private static partial Regex PronounObject();

    /// <summary>"Under the Working Group on Strategic Technologies, Digital Governance and Digital Connectivity, ...": a
    /// piece of capitalised words after one that ends in a name is the rest of that name, cut at its comma; no claim of
    /// its own. (A list of partners after among/between/with is kept whole instead, JoinsNext.)</summary>
    public static bool ContinuesName(string previous, string piece) => EndsInName().IsMatch(previous) && NameOnly().IsMatch(piece);

    [GeneratedRegex(@"\p{Lu}[\p{L}\-]+(\s+(and|of|for|on|the)\s+\p{Lu}[\p{L}\-]+|\s+\p{Lu}[\p{L}\-]+)+\s*$")]
    private static partial Regex EndsInName();

    [GeneratedRegex(@"^\s*(and\s+)?\p{Lu}[\p{L}\-]+(\s+(and|of|for|on|the|&)?\s*\p{Lu}[\p{L}\-]+)*\s*[.,;]?\s*$")]
    private static partial Regex NameOnly();

    static int Words(string text, int start, int end)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }

    static void AddTrimmed(string text, int start, int end, List<TextSpan> claims)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ';' or ':')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':')) end--;
        if (end - start >= 3) claims.Add(new TextSpan(start, end));
    }

    // "(3) Regarding the possible transfer of ..., the two Ministers agreed ...": an overview numbers its paragraphs so too,
    // and its subject frames stay with their clause ("(4) Noting that exchanges now exceed ..., the two Ministers agreed to
    // ...", a context with a topic of its own, is cut as before).
    [GeneratedRegex(@"^\(\d+\)\s*(regarding|with regard to|as regards|as for|concerning|with respect to)\b|^(\d+\.\s*)?(on|regarding|with regard to|as regards|as for|concerning|with respect to|in terms of|in the context of|turning to|speaking (about|of|on)|referring to|touching (up)?on|building on(?![^,]{0,80}\b(meeting|talks|call|conversation|summit|visit|understandings?|consensus)s?\b)|in the ([\w-]+ ){0,4}(sphere|field|area|domain|realm)s?\b|during (the|an?) (discussions?|exchanges?|conversation|talks?)( of (views|opinions))? (of|on|about|regarding)|(when |while |in )?discussing|noting|recogni[sz]ing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FrontedFrame();

    [GeneratedRegex(@"\b(among|between|with)\s+(the\s+)?\p{Lu}[\p{L}.\-]*(\s+\p{Lu}[\p{L}.\-]*){0,3}$")]
    private static partial Regex PartiesListOpens();

    [GeneratedRegex(@"^(the\s+)?\p{Lu}[\p{L}.\-]*(\s+\p{Lu}[\p{L}.\-]*){0,3},?\s+and\s+(the\s+)?\p{Lu}[\p{L}.\-]*(\s+\p{Lu}[\p{L}.\-]*){0,3}\s*\.?$")]
    private static partial Regex NamesList();

    // "progress on defence industrial cooperation, including ..., depends on resolving ...": a present-tense verb, too.
    [GeneratedRegex(@"^(will|would|shall|should|must|can|could|may|might|are|is|were|was|have|has|had|depends|remains|requires|hinges|rests|lies|needs)\b")]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@"^(\w+ed|which|who|made|built|led|known|held|signed|based|including)\b")]
    private static partial Regex Appositive();

    // The break is a bare comma, with no conjunction after it.
    // A titled person as the subject ("President Trump welcomed"), not "... Fair, and Balanced Trade announced in October".
    [GeneratedRegex(@"^\s*(the )?(President|Prime Minister|Minister|Secretary|Chancellor|Premier|Foreign Minister|Foreign Secretary|Defen[cs]e Minister|Defen[cs]e Secretary|General Secretary)(\s+\p{Lu}[\p{L}\-]+){0,3}\s+(also\s+)?(welcomed|pledged|agreed|stressed|noted|emphasi[sz]ed|underscored|expressed|reaffirmed|confirmed|called|urged|raised|thanked|invited|committed|highlighted|conveyed)\b")]
    private static partial Regex NewSubjectClause();

    [GeneratedRegex(@"^,\s*$")]
    private static partial Regex NoConjunction();

    [GeneratedRegex(@"(^|\s)[한미일중러북]{2,3}$")]
    private static partial Regex KoreanPartnershipEnds();

    [GeneratedRegex(@"^([한미일중러북]{2,3},\s*)*[한미일중러북]{2,3}\s*(간|3국|3자|관계|협력|공조)")]
    private static partial Regex KoreanPartnershipsAhead();

    [GeneratedRegex(@"[\uAC00-\uD7A3]하고\s+$")]
    private static partial Regex KoreanAdjectiveLink();

    // The next one or two words end in an adnominal form ("지속 가능한", "실질적인"): the "-하고" joined adjectives.
    [GeneratedRegex(@"^([\uAC00-\uD7A3]+\s+)?[\uAC00-\uD7A3]*(가능한|적인|로운|있는|없는|된|한)\s")]
    private static partial Regex KoreanAdnominalAhead();

    [GeneratedRegex(@"[\uAC00-\uD7A3](과|와)?\s*(관련하여|관련해서?|관하여|관해서?|대해서는|대하여는)\s*$|(다|라)고\s*하면서\s*$|(다|라)며\s*$")]
    private static partial Regex KoreanFrame();

    // Semicolons and a new predicate after "and" are hard breaks, also after a comma ("its sovereignty, unity and territorial
    // integrity, and expressed concern over ..."); other commas (with an optional conjunction) are soft.
    // Korean: a connective ending (-하였으며, -했고, -하며, ...-고,) closes a clause. ", as well as in the field of
    // hydrogen" keeps its "as well as": the clause stands beside the one before (SharedMention), it does not modify it.
    [GeneratedRegex(@"(?<hard>;\s*)|(?<hard>,?\s+and\s+(?=(also\s+)?(expressed|reaffirmed|affirmed|confirmed|reiterated|agreed|discussed|emphasi[sz]ed|underscored|stressed|welcomed|noted|highlighted|pledged|committed|condemned|called|urged|vowed|voiced|asked|pressed|raised|explained|exchanged|reviewed|decided|signed|launched|announced|invited|thanked|underlined|acknowledged|recogni[sz]ed|looked forward)\b))|,(?!(?<=\d,)\d{3}(?!\d))(?!\s*(as(?! well as)|because|since|given that|so that)\b[^,;]*$)\s*((and|while|as well as(?!\s+(in|on|with|for)\s)|but|whereas)\s+)?|(?<=[\uAC00-\uD7A3](으며|하며|했고|였고|하고|이며|되며|었으며|였으며)),?\s+|(?<=[\uAC00-\uD7A3]고),\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Break();
}
