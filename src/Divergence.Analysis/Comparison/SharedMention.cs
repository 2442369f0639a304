using Divergence.Analysis.Text;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// "The two leaders exchanged views on North Korea, including its nuclear and missile issues": the example
/// belongs to the bare mention before it. When the other side also speaks of what that mention names, the
/// example is detail of a shared discussion, not a commitment the other side left out.
/// </summary>
static partial class SharedMention
{
    public static bool Covers(ClaimProfile claim, AccountProfile stating, AccountProfile other, TopicCoverage otherTopics)
    {
        if (!StanceMarkers.Example(claim.Claim.Text)) return false;
        var head = HeadOf(claim, stating);
        if (head is null || !StanceMarkers.Tentative(head.Text)) return false;
        if (head.Topics.Count > 0) return head.Topics.Any(otherTopics.Covers);
        var stems = ContentWords.StemsOf(head.Text);
        return stems.Count > 0 && stems.Count(other.Stems.Contains) * 2 >= stems.Count;
    }

    /// <summary>"... such as the birthrate, over-concentration in the capital, and disaster risk reduction": a verbless
    /// item continuing a "such as" list (or a list of shared values) is an example of the clause that opened it, not a
    /// commitment of its own.</summary>
    public static bool ContinuesExampleList(ClaimProfile claim, AccountProfile stating) =>
        !claim.IsKorean && !FiniteVerb().IsMatch(claim.Claim.Text) && !ReopensPreposition().IsMatch(claim.Claim.Text)
        && HeadOf(claim, stating) is { } head && SuchAs().IsMatch(head.Text);

    // "cooperation in advanced technologies such as AI, as well as in the field of hydrogen": a clause that opens with a
    // preposition (the splitter has cut "as well as") repeats the head's, so it stands beside the technologies, not among
    // their examples, which are noun phrases.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*((and )?as well as )?(in|on|with|for) ", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ReopensPreposition();

    // "... sharing the values of democracy, the rule of law and human rights": the values a relationship rests on are a
    // list of its kind too.
    [System.Text.RegularExpressions.GeneratedRegex(@"\bsuch as\b|\b(shared|sharing|common|fundamental|universal) (the |our |their )?values (of|such as)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SuchAs();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(\w+ed|will|would|must|should|is|are|was|were|has|have|can)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FiniteVerb();

    /// <summary>A clause that modifies the one before it rather than making a point of its own: a relative clause
    /// ("which will serve growing people-to-people ties"), a participial one ("emphasizing the capabilities of the
    /// shipbuilding industry") or a verbless prepositional tail ("in the energy and critical minerals sectors").
    /// Examples ("including ...", "such as ...") are not modifiers: each item is a commitment of its own.</summary>
    public static bool IsModifier(ClaimProfile claim) =>
        !claim.IsKorean && !StanceMarkers.Example(claim.Claim.Text)
        && (ModifierOpening().IsMatch(claim.Claim.Text)
            || (PrepositionalOpening().IsMatch(claim.Claim.Text) && !FiniteVerb().IsMatch(claim.Claim.Text)));

    // "..., consistent with the standard set by NATO Allies": the basis a clause names qualifies the point before it, as
    // does the document a position rests on ("Japan's position, as stated in the 1972 Joint Communique, remains unchanged")
    // and what an undertaking is to focus on ("build the upgraded corridor, focusing on growth, innovation and green
    // development"). "... NATO's Eastern Sentry operation, launched after Russian drones violated Polish airspace": when and
    // why the thing before it began. "..., in flagrant violation of UN Security Council resolutions": how the act before it
    // is judged, no point of its own.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(which|who|whose|where|thereby|emphasi[sz]ing|stressing|noting|pointing (out|to)|highlighting|underlining|underscoring|citing|adding|recalling|reflecting|building on|focus(ing|ed) on|with (a|its|their) focus on|cent(er|re)d on|cent(er|r)ing on|aimed at|aiming to|so as to|in order to|with (the|its|their) [^,]{1,60} (expected|set|due|scheduled) to|(launched|established|set up|created|founded|formed|introduced|initiated|deployed|opened|built|completed|signed) (after|following|in|on|at|by|during|under|since|last|earlier|this)\b|in accordance with|in line with|consistent with|in ((flagrant|clear|direct|open|blatant|gross|serious) )?(violation|breach|contravention) of|as (stated|set (out|forth)|laid out|enshrined|outlined|affirmed) in|in keeping with|in conformity with|pursuant to|on the basis of|based on)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ModifierOpening();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(in|at|across|within) (the|its|their|this|these|both|all)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PrepositionalOpening();

    /// <summary>'"This is the largest investment in the history of our economic relations," the minister stressed.': a
    /// sentence that opens on "this" (or "these") and a verb of being judges the point made just before; the point it
    /// judges is the previous sentence's first clause.</summary>
    public static Claim? JudgedPoint(ClaimProfile claim, AccountProfile stating) =>
        claim.IsKorean || !Judgement().IsMatch(claim.Claim.Text) ? null
            : stating.Account.Statements.Where(s => s.StatementId == claim.StatementId)
                .SelectMany(s => s.Analysis.Claims)
                .FirstOrDefault(c => c.Sentence == claim.Claim.Sentence - 1 && !c.Debris);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[""“‘']?\s*(this|these|such a step)\s+(is|was|will be|would be|are|were|marks|marked|represents|shows|demonstrates|reflects|sends)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Judgement();

    /// <summary>The clause just before, in the same sentence (debris or not: a courtesy can head an example).</summary>
    public static Claim? HeadOf(ClaimProfile claim, AccountProfile stating) =>
        stating.Account.Statements.Where(s => s.StatementId == claim.StatementId)
            .SelectMany(s => s.Analysis.Claims)
            .LastOrDefault(c => c.Sentence == claim.Claim.Sentence && c.End <= claim.Claim.Start);
}
