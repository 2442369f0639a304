using System.Text.RegularExpressions;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// Negation, modality and stance, checked lexically because embeddings barely notice them ("agreed" vs "did
/// not agree" scored 0.82): one side states a topic flatly, the other negates it, demands it, condemns it or
/// only keeps discussing it.
/// </summary>
public static partial class StanceMarkers
{
    /// <summary>The claim itself is negated ("did not reach agreement", "no decision has been taken"), not a word
    /// inside it: "without hindrance" and a relative clause ("sanctions that have no authorization") describe what
    /// the claim is about and leave the claim flat; so does "with no", as "without" ("persons with no legal basis to stay"),
    /// and a negated aim ("so that the group cannot re-emerge").</summary>
    public static bool Negated(string claim) =>
        Negation().Matches(Unemphatic(claim)).Any(m => !m.Value.Equals("without", StringComparison.OrdinalIgnoreCase)
                                           && !RelativeClauseEnd().IsMatch(claim.AsSpan(0, m.Index))
                                           && !WithBefore().IsMatch(claim.AsSpan(0, m.Index))
                                           && !PurposeBefore().IsMatch(claim.AsSpan(0, m.Index)));

    [GeneratedRegex(@"\bwith\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex WithBefore();

    // "cooperation against Daesh so that the group cannot re-emerge", "so as not to": the aim the claim serves is negated,
    // not the claim.
    [GeneratedRegex(@"\b(so that|in order that|to ensure that|so as\s*$)[^,;]{0,80}$", RegexOptions.IgnoreCase)]
    private static partial Regex PurposeBefore();

    /// <summary>"has never been more important", "never before so close": emphasis, neither a negation nor an
    /// objection. Replaced by spaces so that offsets stay put.</summary>
    static string Unemphatic(string claim) => Emphasis().Replace(claim, m => new string(' ', m.Length));

    // "never been stronger", "not only in the economy but also in AI", "no less favorably than", "spare no effort to reach
    // a just peace", "there is no time to lose": emphasis, not negation.
    [GeneratedRegex(@"\bnever (been |before )?(more|better|stronger|closer|greater|higher|deeper|so)\b|\bnot only\b|\bnot least\b|\bno less\b|\bspar(e|ed|es|ing) no (efforts?|pains)\b|\bleave no stone unturned\b|\bmake no mistake\b|\bno time to (lose|waste|be lost)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\b(that|which|who)\s+([\w'’-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeClauseEnd();

    /// <summary>"was not discussed", "we did not raise this": the claim says the topic was absent, so it is no
    /// statement of the topic.</summary>
    public static bool Absent(string claim) => Absence().IsMatch(claim);

    /// <summary>A bare mention: the topic was discussed or views exchanged, nothing asserted about it.
    /// "Exchanged views" counts as still-open talk, not as a stance that makes the mention substantive.</summary>
    public static bool Tentative(string claim) => Discussion().IsMatch(claim) && !Point().IsMatch(claim) && Stances(claim).All(s => s == "open");

    // "discussed the importance of maintaining peace and stability across the Taiwan Strait" makes a point, as "stressed"
    // would; "discussed the situation in the Middle East" only names an area.
    [GeneratedRegex(@"\b(importance|need) (of|for|to)\b")]
    private static partial Regex Point();

    /// <summary>"including its nuclear and missile issues", "from visas to banking": an example of what the
    /// clause before it names, not a commitment of its own verb.</summary>
    public static bool Example(string claim) => ExampleOpening().IsMatch(claim);

    [GeneratedRegex(@"^(including|in particular|particularly|especially|notably|such as|from [\w' -]{1,40} to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExampleOpening();

    /// <summary>A course of action settled (approved or decided) on one side, still being discussed on the other.</summary>
    public static bool SettledAgainstOpen(HashSet<string> a, HashSet<string> b) =>
        (Settled(a) && !Settled(b) && b.Contains("open")) || (Settled(b) && !Settled(a) && a.Contains("open"));

    // "welcomed the progress in negotiations towards ..." approves of talks still going on: nothing is settled yet.
    public static bool Settled(HashSet<string> stances) => (stances.Contains("approval") && !stances.Contains("open")) || stances.Contains("decided");

    /// <summary>The stances a claim takes: demand, objection (and how strong: condemnation or concern), approval,
    /// decided (a course of action settled), open (still discussing), negated.</summary>
    public static HashSet<string> Stances(string claim)
    {
        claim = Unemphatic(claim);
        var s = new HashSet<string>();
        if (Demand().IsMatch(claim)) s.Add("demand");
        if (Objection().IsMatch(claim)) s.Add("objection");
        // How strongly: opposing or condemning against only voicing concern is the framing ("oppose" vs "concern").
        if (Condemnation().IsMatch(claim)) s.Add("condemnation");
        else if (Concern().IsMatch(claim)) s.Add("concern");
        if (Approval().IsMatch(claim)) s.Add("approval");
        // Talks "close to conclusion" are settled even where the claim also names them as follow-up talks ("후속 협의가 최종
        // 타결에 근접했다"); a deal to be concluded "within 2026" is a settled course, as one "agreed to" is.
        if (NearConclusion().IsMatch(claim)) s.Add("decided");
        else if (Open().IsMatch(claim)) s.Add("open");
        else if (Decided().IsMatch(claim) || Deadline().IsMatch(claim)) s.Add("decided");
        if (Negation().IsMatch(claim)) s.Add("negated");
        return s;
    }

    // "no later than one week before" sets a deadline, it negates nothing; "no impunity", "does not go unpunished" deny a
    // denial, and affirm that aggression must be punished. "not be adversely affected" asks that companies be protected.
    [GeneratedRegex(@"\b(not|no|never|neither|nor|without|cannot|can't|won't|didn't|did not)\b(?! (later|earlier|less|more|fewer) than\b)(?!( be)? (adversely|negatively|unduly|unfairly|disproportionately) (affected|impacted|harmed)\b)(?!( \w+){0,2} (impunity|unpunished|unanswered)\b)|않(?![은는]|도록)|못하|없(다|었|음)", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(was|were|did) not (discuss|discussed|raise|raised|touch|touched|take up|address|addressed)\b|did not raise this|not discussed in specific terms|논의되지 않|(요구|요청|거론|언급|논의)(는|은|가|이|도)?\s*(전혀\s*)?없었", RegexOptions.IgnoreCase)]
    private static partial Regex Absence();

    [GeneratedRegex(@"\b(discuss(ed|ion|ions)?|exchanged (views|opinions)|exchanges? of (views|opinions)|(talks|discussions?|meeting|conversation|call) focused on|held discussions|talked|touched (up)?on|reviewed|took stock)\b|의견을 교환|논의", RegexOptions.IgnoreCase)]
    private static partial Regex Discussion();

    [GeneratedRegex(@"\b(must|should|urged?|urging|call(ed|s)? (on|for|upon)|calling (on|for)|asked|requested|request|press(ed)?|demand(ed|s)?|sought|insist(ed)?|needs? to|hoped? (that )?[\w'’ ]{1,40} (would|will)|encouraged [\w'’.\- ]{1,30} to)\b|촉구|요청|당부|해야", RegexOptions.IgnoreCase)]
    private static partial Regex Demand();

    [GeneratedRegex(@"\b(oppos(e|ed|es|ing|ition)|(spoke|speaks?|speaking) (out )?against|resist(ed|s|ing)?|(?<!\bof (common|mutual|shared) )concerns?|concerned|condemn(ed|s|ation)?|reject(ed|s|ing|ions?)?|unacceptable|regret(ted)?|protest(ed)?|coerci(ve|on)|(?<!\b(address|addressing|counter|countering|respond to|responding to|deter|deterring|meet|meeting|tackle|tackling|face of|against|facing) (the |today's |these |such |new |emerging |common |shared )?((?!(is|are|was|were|remains?|pose[sd]?|posing|constitutes?)\b)[\w'’-]+ ){0,5})threats?|provocati\w*|separatis\w*|never)\b|우려|반대|규탄|유감|항의|위협(?!(을|에)?\s*(억제|억지|대응|대처|저지))", RegexOptions.IgnoreCase)]
    private static partial Regex Objection();

    [GeneratedRegex(@"\b(oppos(e|ed|es|ing|ition)|(spoke|speaks?|speaking) (out )?against|condemn(ed|s|ation)?|reject(ed|s|ing|ions?)?|unacceptable|protest(ed)?|denounc(e|ed|es))\b|반대|규탄|항의|비난", RegexOptions.IgnoreCase)]
    private static partial Regex Condemnation();

    [GeneratedRegex(@"\b((?<!\bof (common|mutual|shared) )concerns?|concerned|regret(ted)?|worr(y|ied))\b|우려|유감", RegexOptions.IgnoreCase)]
    private static partial Regex Concern();

    // "so that the negotiations can be concluded as soon as possible" is the aim, not a conclusion reached.
    [GeneratedRegex(@"\b(welcom(ed|es)|appreciat(ed|es)|support(ed|s)?|commend(ed)?|good progress|secured|(?<!\b(can|could|may|might) be )(finali[sz]ed?|concluded|signed|approved)|green light)\b|환영|평가|지지", RegexOptions.IgnoreCase)]
    private static partial Regex Approval();

    // A course of action settled ("agreed to launch", "추진하기로 하였다", "타결하기로 뜻을 모았다"; not "노력하기로 했다", agreed to strive), as against agreeing to
    // keep talking, to "work together for the early conclusion of" a deal or to "maintain close coordination" ("remain
    // committed to our one China policy" holds a position, it settles no action). So is "agreed on the practical steps
    // needed to bring it into force", on an action programme or "on the introduction of" a thing, a deal that "would enter
    // into force on 1 May", one they "expect to sign in the coming weeks", "announced the conclusion of".
    [GeneratedRegex(@"\bannounced the (stand-?up|establishment|launch|creation|opening) of\b|\bagreed on (the|a) (first |final |second |next )?(slate|list|package|set|terms|tranche)\b|\b(agreed|decided|resolved|committed|pledged) to (?!(continue|keep|stay|remain|maintain|sustain|further|closely|discuss|consult|explore|consider|work (together )?(for|towards?)|push for)\b)(?<!committed to (?=(the|a|an|our|their|its|his|her|this|these|that)\b))\w+|\bagreed that [^.;]{0,40}\b(should|would|will) (conclude|finali[sz]e|sign|launch|complete)\b|(?<!(협의|논의|검토)해\s?나가|노력하)기로\s*(하였|했|함|합의|뜻을\s*모|의견을\s*모)|(?<!(협의|논의|검토)해\s?나가|(협의|논의|검토)하)는\s*데\s*합의|\bagreed (on|upon) (the |a )?([\w-]+ ){0,2}(steps|measures|road ?map|timeline|timetable|modalities|action (plan|programme|program)|plan of action|work ?plan|programme)\b|\b(would|will|shall) (enter|come) into force (on|from) (\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|\bexpect(s|ed)? to (sign|conclude|finali[sz]e) [^.;]{0,80}\b(in the coming (days|weeks)|shortly|next (week|month))\b|\bagreed (on|upon) the (introduction|adoption|establishment|launch|creation|deployment|opening|signing|conclusion|implementation|transfer|sale|supply|delivery|export|joint development|co-production) of\b|\bannounced the (conclusion|signing|completion|approval|finali[sz]ation) of\b", RegexOptions.IgnoreCase)]
    private static partial Regex Decided();

    // A deal "close to finalising" or "마무리 단계", a project that "has entered its final stage", talks "최종 타결에 근접".
    [GeneratedRegex(@"\b(close to|on the verge of|in the final stages? of|nearing)\s+(being\s+)?(finali[sz]|conclu|complet)\w*|\b(entered|reached) (its|the|their) (final|last|concluding) (stage|phase)s?\b|마무리\s*단계|타결\s*(이\s*)?임박|(타결|합의|마무리)에\s*근접|막바지", RegexOptions.IgnoreCase)]
    private static partial Regex NearConclusion();

    // "conclude the Code of Conduct within 2026", "complete the negotiations by the end of this year", "연내 타결", "올해 안에 타결".
    [GeneratedRegex(@"\b(conclude|complete|finali[sz]e|sign)\b[^.;]{0,100}?\b(within (this|the) year|within 20\d\d|by (the end of )?(this year|20\d\d|(early|mid|late)[- ]20\d\d)|before the end of (this|the) year)\b|(연내|올해\s*(안에|중에?)|금년\s*(내|안에|중에?))\s*(타결|마무리|체결|서명|완료)", RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();

    // "looked forward to the early conclusion of negotiations on the ACSA": a deal still to be reached.
    // Still being discussed: "continue consultations", "ongoing negotiations", "exchanged views", "negotiations ... are
    // continuing and ...", "협력 기회를 함께 모색해 나가기로" (to explore opportunities, as "agreed to explore" is).
    // "agreed to intensify efforts to conclude an ambitious ... Agreement", "explore holding the next ... Dialogue": the deal or
    // the meeting is still to come.
    // "continue to steadily advance the upgrade of USFJ", "continue to advance the second-phase negotiations": a process
    // under way, against one completed or given a deadline.
    [GeneratedRegex(@"\bcontinue to (steadily |further )?(advance|push forward) (the )?[^.;]{0,40}\b(upgrade|negotiations?|talks|consultations|transition)\b|\b(intensify|intensified|redouble|step up|accelerate|expedite)( their| our| its)? efforts (to|towards?) (conclude|finali[sz]e|reach|complete|sign)\b|\bexplor(e|ed|ing) (holding|hosting|convening|establishing|launching|setting up)\b|\b(the )?(proposal|idea|possibility) (to|of) (establish|creat|set(ting)? up|launch)\w*|\b(further|would|will)( \w+ly)? (study|examine|consider)\b|\b(continue (to )?(discuss\w*|consult\w*|negotiat\w*|consider\w*|study|examine)|explor(e|ed|ing) the possibility of|consultations (would|will) continue|further consultations|(?<!\bfor )follow-up consultations|\bwork(ing)? towards? (its |the |an? )?(early |swift )?conclusion|\b(continue|continued) (to work|working|work) towards? (an? |the )?[\w\-, ]{0,80}\b(agreement|partnership|treaty|deal|framework)\b|begin (follow-up )?consultations|(agreed|decided) to (explore|consider|study|look into|examine)|explor(e|ing) (the )?(opportunities|avenues|possibilities|ways|options)|(continue|continued) (to )?coordinat(e|ing)|(early|swift|speedy) finali[sz]ation|look(ed|s|ing)? forward to (the |an? |its |their )?(early |swift |speedy |timely )?(conclusion|finali[sz]ation|signing)\b|(accelerate|expedite|speed up|intensify|step up)[a-z\- ]{0,30} (consultations|talks|discussions|negotiations)\b|basic consensus|touched upon|remain(s)? in abeyance|exchanged views|negotiations towards?|prospects (for|of) (\w+ )?(cooperation|collaboration|partnership)|continue (to )?explor(e|ing)|(agreed|decided|committed) to work towards? (raising|upgrading|elevating|an? |the )?[\w\-, ]{0,60}\b(agreement|partnership|treaty|deal|framework)\b)\b|\bcontinu(e|ed|es|ing) (on |with )?(the |its |their |our )?([\w-]+ ){0,3}(negotiations|talks|discussions|consultations|review|deliberations)\b|계속 협의|협의를 계속|(기회|방안|방향)(을|를)?\s*(함께\s*)?모색(해\s*나가|하)기로|(협의|논의|협상)(를|을)?\s*지속|(?<!긴밀히\s*)협의해 나가기로|(협의|논의|협상)(를|을)?\s*(가속화|가속|서두르|신속히)|(협의|논의|협상)(에|의)\s*속도를\s*(내|높)|후속 협의(?!를\s*위(해|한))|\bongoing (negotiations|talks|discussions|consultations)\b|\b(negotiations|talks|discussions|consultations)\b[^.;]{0,80}\b(continues?|would continue|will continue|are continuing|remain ongoing|are ongoing)(\s*[.;,]?$|,|\s+and\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Open();
}
