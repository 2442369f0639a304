using System.Text.RegularExpressions;
using Divergence.Analysis.Topics;
using Divergence.Analysis.Text;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// Framing beyond the taxonomy's qualifiers, by stance: both sides state a topic, but one demands or objects
/// where the other approves, only discusses, or says nothing of the kind ("must be condemned" vs "the
/// incident"; "made good progress" vs "continue consultations"). Two members of one group of topics (irregular
/// migration vs student mobility) were a framing until 1.6; on the readable sets that was right 1 time in 6 ("a trade
/// agreement" against "the agreement on tariffs" is one subject), so the group now only covers.
/// </summary>
sealed partial class StanceFraming(Taxonomy taxonomy)
{
    public const double StanceConfidence = 0.55;

    public IEnumerable<FramingDifference> Between(AccountProfile a, AccountProfile b, ISet<string> alreadyFramed)
    {
        var ta = new TopicCoverage(a, taxonomy);
        var tb = new TopicCoverage(b, taxonomy);
        // An agreement named by two topics ("the Digital Trade Agreement") is one framing, under the first of them.
        var quoted = new HashSet<ClaimProfile>(ReferenceEqualityComparer.Instance);
        foreach (var topicId in ta.Stated.Intersect(tb.Stated).Where(t => !alreadyFramed.Contains(t)).Order(StringComparer.Ordinal))
        {
            var ca = StatingClaims(a, topicId);
            var cb = StatingClaims(b, topicId);
            if (ca.Count == 0 || cb.Count == 0) continue;
            // A claim listing several topics lends its stance to all of them ("discussed the Gaza plan, AUKUS and the
            // threat posed by China"): only single-topic claims (or one agreement named by two topics) show a stance on
            // this topic.
            // A side that states the topic only inside such lists shows no stance of its own on it, which is not a
            // different stance: "condemned the launches and the cooperation with Russia" against "condemned the
            // launches" is no framing. Nothing to compare then.
            // "exchanged views on the situation in Ukraine and the Middle East" surveys areas, whether or not each is a topic.
            var single = (A: Substantive(ca.Where(c => AboutOnly(c, topicId) && !Survey(c)).ToList()), B: Substantive(cb.Where(c => AboutOnly(c, topicId) && !Survey(c)).ToList()));
            if (single.A.Count == 0 || single.B.Count == 0) continue;
            var sa = single.A.SelectMany(c => StancesWithRest(c, a)).ToHashSet();
            var sb = single.B.SelectMany(c => StancesWithRest(c, b)).ToHashSet();
            // A side whose single claims take no stance may still object in its listing ones, which can undo a contrast
            // but never make one: "expressed our concern over the actions of China against Philippine vessels near Bajo de
            // Masinloc" (two topics) beside a bare "anywhere in the South China Sea" shares the other side's concern, while
            // "condemned the water cannon attacks" (two topics) against the other's concern stays the framing. Only
            // objections: a survey's "exchanged views on Ukraine and the Middle East" is no open stance on either.
            var ea = sa.Count > 0 ? sa : ca.SelectMany(c => StancesWithRest(c, a)).Where(Objecting.Contains).ToHashSet();
            var eb = sb.Count > 0 ? sb : cb.SelectMany(c => StancesWithRest(c, b)).Where(Objecting.Contains).ToHashSet();
            if (!Material(sa, sb) || !Material(ea, eb)) continue;
            var label = taxonomy.Find(topicId)?.Label ?? topicId;
            var pa = Strongest(ca, sb, a);
            var pb = Strongest(cb, sa, b);
            if (new[] { pa, pb }.Any(e => e.Claim.Topics.Count > 1 && quoted.Contains(e))) continue;
            quoted.UnionWith([pa, pb]);
            var (qa, qb) = (Shown(pa, a), Shown(pb, b));
            yield return new FramingDifference(topicId, label,
                FramingSide.Of(a.Account.Issuer, qa.Evidence, [.. StanceMarkers.Stances(qa.Claim.Text).Order()]),
                FramingSide.Of(b.Account.Issuer, qb.Evidence, [.. StanceMarkers.Stances(qb.Claim.Text).Order()]),
                StanceConfidence);
        }
    }

    static readonly HashSet<string> Objecting = ["objection", "condemnation", "concern"];

    static bool Survey(ClaimProfile c) => !c.IsKorean && StanceMarkers.Tentative(c.Claim.Text) && AreasSurveyed().IsMatch(c.Claim.Text);

    [GeneratedRegex(@"\b(situations?|developments) in (the )?\p{Lu}[\p{L}\-]*( \p{Lu}[\p{L}\-]*)*(,? (and|as well as) (in )?(the )?\p{Lu}[\p{L}\-]*( \p{Lu}[\p{L}\-]*)*)+")]
    private static partial Regex AreasSurveyed();

    /// <summary>A claim's stances and those of the topicless clauses that follow it in its sentence (Continuations):
    /// "양 장관은 러북 군사협력, 특히 북한군의 러시아 파병에 대해 심각한 우려를 표명하고" splits at the comma, and the
    /// concern the second piece expresses is about the topic the first names (Korean puts the predicate last).
    /// Stops at the next clause with a topic of its own. An English clause carries its own verb, and counts only where it
    /// names the claim's thing again (RefersBack).</summary>
    internal static IEnumerable<string> StancesWithRest(ClaimProfile claim, AccountProfile account)
    {
        var stances = StanceMarkers.Stances(claim.Claim.Text);
        foreach (var next in Continuations(claim, account)) stances.UnionWith(StanceMarkers.Stances(next.Claim.Text));
        return stances;
    }

    /// <summary>The topicless clauses after a claim in its sentence that say more about its topic (StancesWithRest).</summary>
    static IEnumerable<ClaimProfile> Continuations(ClaimProfile claim, AccountProfile account)
    {
        var claims = account.Claims;
        var at = -1;
        for (var i = 0; i < claims.Count; i++) if (ReferenceEquals(claims[i], claim)) { at = i; break; }
        for (var i = at + 1; at >= 0 && i < claims.Count; i++)
        {
            var next = claims[i];
            if (next.StatementId != claim.StatementId || next.Claim.Sentence != claim.Claim.Sentence || next.Claim.Topics.Count > 0) yield break;
            if (claim.IsKorean ? !next.IsKorean : !RefersBack(next.Claim.Text, claim.Claim.Text))
            {
                // "..., including in the automotive sector, and ... these barriers ...": an example in between is the claim's.
                if (!claim.IsKorean && StanceMarkers.Example(next.Claim.Text)) continue;
                yield break;
            }
            yield return next;
        }
    }

    /// <summary>The clause a reader should see for a claim's stance: the claim, or where an English claim takes none, the
    /// clause that speaks of it again and does ("discussions on resolving these barriers will continue"). A Korean claim
    /// is shown itself: its predicate only completes it.</summary>
    static ClaimProfile Shown(ClaimProfile claim, AccountProfile account) =>
        claim.IsKorean || StanceMarkers.Stances(claim.Claim.Text).Count > 0 ? claim
            : Continuations(claim, account).FirstOrDefault(c => StanceMarkers.Stances(c.Claim.Text).Count > 0) ?? claim;

    /// <summary>"... the importance of eliminating non-tariff barriers, and noted that discussions on resolving these barriers
    /// will continue": an English clause that names the claim's own thing again by "these", "this" or "such" speaks of
    /// it, and its stance is the claim's.</summary>
    static bool RefersBack(string clause, string claim) =>
        Demonstrative().Matches(clause).Any(m => claim.Contains(m.Groups["noun"].Value.TrimEnd('s'), StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\b(these|this|those|such|the said)\s+(?<noun>[a-z]{4,})", RegexOptions.IgnoreCase)]
    private static partial Regex Demonstrative();

    /// <summary>A claim about one thing, and that thing is the topic: <see cref="OneSubject"/> over the topics it names
    /// outside a purpose clause. "agreed to launch a critical minerals framework to secure and diversify supply chains" is
    /// about critical minerals; supply chains are what it is for, and its stance is not theirs.</summary>
    bool AboutOnly(ClaimProfile claim, string topicId)
    {
        var subjects = Subjects(claim);
        return subjects.Contains(topicId) && OneSubject(claim.Claim.Text, subjects);
    }

    /// <summary>The claim's topics less those first named in an English purpose clause after another of them ("... to
    /// secure supply chains", "in order to ..."). Korean puts the purpose first ("... 대응할 수 있도록"), unread here.</summary>
    List<string> Subjects(ClaimProfile claim)
    {
        var topics = claim.Claim.Topics;
        if (topics.Count < 2 || claim.IsKorean) return [.. topics];
        var text = claim.Claim.Text;
        var spans = topics.Select(id => (Id: id, Match: taxonomy.Find(id)?.FirstMatch(text))).ToList();
        if (spans.Any(s => s.Match is null)) return [.. topics];
        var purpose = Purpose().Match(text);
        if (!purpose.Success) return [.. topics];
        var main = spans.Where(s => s.Match!.Index + s.Match.Length <= purpose.Index).Select(s => s.Id).ToList();
        return main.Count > 0 ? main : [.. topics];
    }

    /// <summary>Topics whose phrases make one name or one noun phrase: one topic; topics whose phrases meet in the name
    /// of one agreement ("the EU-Korea Digital Trade Agreement" is digital trade and a trade agreement at once, and its
    /// stance is that agreement's); a thing and what it bears on ("sanctions on Russia's shadow fleet", "export
    /// restrictions on critical minerals", "핵심광물 수출통제"). Not "the East and South China Seas", two seas in one phrase,
    /// where each side's stance is on both at once, nor a list ("반도체·핵심광물").</summary>
    bool OneSubject(string text, IReadOnlyList<string> topics)
    {
        if (topics.Count == 1) return true;
        var spans = topics.Select(id => taxonomy.Find(id)?.FirstMatch(text)).ToList();
        if (spans.Any(m => m is null)) return false;
        var ordered = spans.OrderBy(m => m!.Index).ToList();
        if (Enumerable.Range(1, ordered.Count - 1).All(i => BearsOn(text, ordered[i - 1]!, ordered[i]!) || PairedThing(text, ordered[i - 1]!, ordered[i]!))) return true;
        for (var i = 1; i < ordered.Count; i++)
            if (ordered[i]!.Index > ordered[i - 1]!.Index + ordered[i - 1]!.Length) return false;
        var (start, end) = (ordered[0]!.Index, ordered.Max(m => m!.Index + m.Length));
        return AgreementName().IsMatch(text.AsSpan(start, end - start));
    }

    /// <summary>"co-production of Advanced Medium-Range Air-to-Air Missiles (AMRAAMs) and Standard Missile-3 Block IIA
    /// interceptors": two things joined by a bare "and" under one verb, no comma or other verb between them, are one
    /// undertaking, whose stance is the claim's.</summary>
    static bool PairedThing(string text, Match first, Match next)
    {
        var gapStart = first.Index + first.Length;
        return next.Index > gapStart && PairGap().IsMatch(text.AsSpan(gapStart, next.Index - gapStart));
    }

    [GeneratedRegex(@"^\p{L}*\s*(\([^()]{1,20}\)\s*)?and\s+([\p{Lu}\d][\p{L}\d'’-]*\s+){1,5}$")]
    private static partial Regex PairGap();

    /// <summary>The words between two topics' phrases join the first to what it bears on.</summary>
    static bool BearsOn(string text, Match first, Match next)
    {
        var gapStart = first.Index + first.Length;
        if (next.Index <= gapStart) return false;
        var gap = text.AsSpan(gapStart, next.Index - gapStart);
        return BearsOn().IsMatch(gap) || (Language.HasHangul(text) && KoreanCompound().IsMatch(gap));
    }

    // What lies between a thing and what it bears on: "sanction|s on Russia's |shadow fleet" (a phrase may end inside its
    // word).
    [GeneratedRegex(@"^\p{L}*\s+(on|against|targeting|over)\s+([\p{L}'’-]+\s+){0,2}$")]
    private static partial Regex BearsOn();

    // Korean writes a compound noun with a space ("핵심광물 수출통제"); English words side by side ("Gaza reconstruction")
    // may be two topics' phrases that only touch.
    [GeneratedRegex(@"^\s$")]
    private static partial Regex KoreanCompound();

    // "to secure and diversify supply chains", "in order to strengthen": what the claim's action is for.
    [GeneratedRegex(@"\b(in order to|so as to|with a view to|aimed at|to) (further |better )?(secure|ensure|strengthen|promote|enhance|diversify|build|boost|foster|protect|safeguard|advance|deepen|reduce|improve|expand|stabili[sz]e|reinforce|bolster)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Purpose();

    /// <summary>"The two ministers exchanged views on the situation in the South China Sea" beside "conveyed support for
    /// the conclusion of a Code of Conduct": a bare mention that the topic was discussed is no open stance of a side that
    /// says more on it; it shows a stance only where it is all the side says.
    /// A Korean claim's predicate may come in the clauses after it (StancesWithRest): "의견을 교환하고, 실무 협의를 계속해
    /// 나가기로 하였다" says more than the mention. Talks that "continue" (or "will" go on) are an open stance, not a mention.</summary>
    static List<ClaimProfile> Substantive(List<ClaimProfile> claims)
    {
        static bool BareMention(ClaimProfile c) => !c.IsKorean && StanceMarkers.Tentative(c.Claim.Text)
            && PastDiscussion().IsMatch(c.Claim.Text) && !GoingOn().IsMatch(c.Claim.Text);
        return claims.Any(c => !BareMention(c)) ? claims.Where(c => !BareMention(c)).ToList() : claims;
    }

    static List<ClaimProfile> StatingClaims(AccountProfile account, string topicId) =>
        account.Claims.Where(c => !c.Claim.Setting && c.Claim.Topics.Contains(topicId) && !StanceMarkers.Absent(c.Claim.Text)).ToList();

    /// <summary>An objection on one side only, or approval or a settled course of action against an open or negated
    /// account.</summary>
    static bool Material(HashSet<string> a, HashSet<string> b)
    {
        bool OneSided(string s) => a.Contains(s) != b.Contains(s);
        if (OneSided("objection")) return true;
        // Both object, one by opposing or condemning, the other only by voicing concern.
        if ((a.Contains("condemnation") && b.Contains("concern")) || (b.Contains("condemnation") && a.Contains("concern"))) return true;
        // A demand on one side only is no framing: "asked for support" beside "welcomed the efforts" is one position
        // seen from each side. Round 5: on the dev set all such framings were false; see docs/analysis-calibration.md.
        // A settled course of action ("agreed to pursue") against "will continue consulting" is the same contrast.
        // Only against "open": a negated clause beside a decision ("neither side would fire") is its content.
        static bool Approves(HashSet<string> s) => s.Contains("approval");
        return (Approves(a) && !Approves(b) && (b.Contains("open") || b.Contains("negated")))
            || (Approves(b) && !Approves(a) && (a.Contains("open") || a.Contains("negated")))
            || StanceMarkers.SettledAgainstOpen(a, b);
    }

    /// <summary>The claim whose stances differ most from the other side's; a claim that takes no stance at all (a list
    /// item, "including its declaration of a so-called reserve") shows none of the contrast.</summary>
    static ClaimProfile Strongest(List<ClaimProfile> claims, HashSet<string> otherStances, AccountProfile account) =>
        claims.Select(c => (Claim: c, Stances: StancesWithRest(c, account).ToList()))
            .OrderByDescending(x => x.Stances.Count > 0)
            .ThenByDescending(x => x.Claim.Claim.Topics.Count == 1)
            .ThenByDescending(x => x.Stances.Count(s => !otherStances.Contains(s)))
            .ThenByDescending(x => x.Stances.Count).First().Claim;

    [GeneratedRegex(@"\b(agreement|treaty|accord|pact|deal)\b|협정", RegexOptions.IgnoreCase)]
    private static partial Regex AgreementName();

    [GeneratedRegex(@"\b(discussed|exchanged (views|opinions))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastDiscussion();

    [GeneratedRegex(@"\b(continue[ds]?|continuing|further|will|would|future|next)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoingOn();
}
