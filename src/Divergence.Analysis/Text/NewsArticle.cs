using System.Text.RegularExpressions;

namespace Divergence.Analysis.Text;

/// <summary>
/// A news article that summarises a release instead of the release itself: only what it attributes to the
/// issuer ("..., the ministry said", "according to the ministry", "the release said", a minister's post) is the
/// issuer's account; the reporter's background, third parties and the other side's readout are not.
/// </summary>
public static partial class NewsArticle
{
    /// <summary>A byline, a "(LEAD)" slug, an agency dateline or credit, a newspaper's update stamp or a
    /// republisher's notice marks a news article.</summary>
    public static bool Detect(string text) => (Byline().IsMatch(text) && !InHouseByline().IsMatch(text) && !ReleaseSection().IsMatch(text)) || AgencyDateline().IsMatch(text) || UpdateStamp().IsMatch(text)
        || SyndicationNotice().IsMatch(text) || AgencyCredit().IsMatch(text) || AgencyLine().IsMatch(text);

    // "KYODO" on a line of its own under the headline, or "(c) Kyodo News. Reproduction without permission is
    // prohibited." (or "© 1999-2026 TASS") at the foot: an agency's story, whatever the page around it.
    [GeneratedRegex(@"^\s*((\(c\)|©|copyright)\s*(\d{4}(\s*[-–]\s*\d{4})?\s*)?(" + Agencies + @")\b|(" + Agencies + @")\.?\s*$)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex AgencyLine();

    const string Agencies = "KAZINFORM|Kazinform( International News Agency)?|Anadolu( Agency)?|ANTARA|Antara( News( Agency)?)?|Interfax|VNA|Vietnam News Agency|AAP|Australian Associated Press|KYODO|Kyodo News|REUTERS|Reuters|YONHAP|Yonhap( News( Agency)?)?|XINHUA|Xinhua( News Agency)?|JIJI|Jiji Press|PTI|Press Trust of India|ANI|AFP|TASS|BERNAMA|Bernama|PNA|Philippine News Agency|APP|Associated Press|Nikkei";

    // "(Except for the headline, this story has not been edited by ... staff and is published from a syndicated
    // feed.)", "published from a wire agency feed without modifications": a news site republishing an agency's
    // story, whatever its masthead looks like.
    [GeneratedRegex(@"\b(published from an? (syndicated|(wire|news) agency|wire) feed|has not been edited by [^.\n]{1,60} staff)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SyndicationNotice();

    // "PTI | Updated: Jan 29, 2026 22:41 IST": a news agency's credit line at the head of a story. Governments
    // do not credit wire services on their own pages.
    // Some agencies set their name in capitals with "News" ("KYODO NEWS - May 13, 2026 - 01:25").
    [GeneratedRegex(@"^(PTI|ANI|IANS|UNI|Reuters|AFP|AP|Yonhap|Xinhua|Kyodo|Jiji|TASS|RIA Novosti|Bernama|Antara|PNA|APP|dpa|Press Trust of India|Asian News International|(?i:yonhap|xinhua|kyodo|jiji|bernama|antara|reuters)( (?i:news))?)\s*(\||/|—|-)", RegexOptions.Multiline)]
    private static partial Regex AgencyCredit();

    /// <summary>The names an attributed sentence gives as the issuer's speaker: "Wang said ...", "the statement
    /// quoted Wang as saying ...". A later sentence led by one of them ("Wang said bilateral trade ...") is still
    /// the issuer's account; "Senator Wong's own statement said" (another person's words) is not.</summary>
    public static IEnumerable<string> SpeakersIn(string attributedSentence) =>
        Speaker().Matches(attributedSentence).SelectMany(m => m.Groups["name"].Captures.Select(c => c.Value))
            .Where(n => !NotAName.Contains(n))
            // "Jaishankar also called for ..., according to the statement": the release speaks through him.
            // "According to the ministry's statement, Son proposed ...": after the issuer's attribution, too.
            .Concat(LedBySpeaker().Match(attributedSentence[LeadingAttributionLength(attributedSentence)..]) is { Success: true } led ? [led.Groups["name"].Value] : [])
            // "The DFA said Lazaro welcomed ...": the release reports its minister, who speaks for it after.
            .Concat(ReportedSpeaker().Match(attributedSentence) is { Success: true } rep ? [rep.Groups["name"].Value] : [])
            // "..., presidential spokesperson Kang Yu-jung told a briefing": the official goes on speaking ("Kang said").
            .Concat(OfficialAttribution().Match(attributedSentence) is { Success: true } off && off.Groups["name"].Success
                ? off.Groups["name"].Value.Split(' ') : []);

    [GeneratedRegex(@"\b(?:said|says|stated) (?:that )?(?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?(?<name>[A-Z][a-z]+) (?:also |further )?(?:welcomed|stressed|noted|urged|called|told|reiterated|underlined|emphasi[sz]ed|highlighted|raised|pressed|sought|reaffirmed|underscored|thanked|briefed|expressed|conveyed|proposed|invited|requested|asked|assured|informed|explained)\b")]
    private static partial Regex ReportedSpeaker();

    // "the Japanese Defense Ministry said": a body's words before "said" are no person's name.
    static readonly HashSet<string> NotAName = new(StringComparer.Ordinal)
    {
        "Ministry", "Department", "Office", "Government", "House", "Minister", "Secretary", "Spokesperson", "Spokesman",
        "Affairs", "Foreign", "Defense", "Defence", "Press", "State", "Statement", "Release", "Readout", "Agency", "News",
    };

    /// <summary>"MUNICH, Feb. 13 (Xinhua) -- Chinese Foreign Minister Wang Yi met with ..." (or "Russian Foreign Minister Sergey
    /// Lavrov and Indian External Affairs Minister S. Jaishankar discussed ...", or "Wang Yi, also a member of the Political
    /// Bureau ..., held talks"): an agency that reports its
    /// own side's minister (no ministry statement to attribute to) names that minister first, by title. The names of
    /// that principal ("Wang", "Yi") and the demonym before the title ("Chinese"), or null where the lede names no one.</summary>
    public static (string[] Names, string? Demonym)? LedePrincipal(string sentence) =>
        Lede().Match(sentence) is { Success: true } m ? PrincipalOf(m) : null;

    /// <summary>The names a lede's match gives and the demonym before the title, or the country's ("China's").</summary>
    static (string[] Names, string? Demonym) PrincipalOf(Match m) =>
        (NamesIn(m.Groups["name"].Value),
         m.Groups["adj"].Success ? m.Groups["adj"].Value
             : m.Groups["country"].Success ? Comparison.PartyNames.DemonymOf(m.Groups["country"].Value) : null);

    /// <summary>"President Vladimir Putin said on Friday that ...": a story that leads with what the first official it
    /// names said reports him. His names and demonym, or null where that sentence does not have him speak.</summary>
    public static (string[] Names, string? Demonym)? SpeakingLede(string sentence) =>
        SpeakingLedeClause().Match(sentence) is { Success: true } m ? PrincipalOf(m) : null;

    /// <summary>The sentence names someone by title ("Prime Minister Narendra Modi").</summary>
    public static bool NamesTitledPerson(string sentence) => TitledPerson().IsMatch(sentence);

    [GeneratedRegex(Titles + @"\s+[A-Z][a-z]+")]
    private static partial Regex TitledPerson();

    [GeneratedRegex(@"(?:(?<adj>[A-Z][a-z]+(?:an|ese|ish|ian|ch|i)) |(?<country>[A-Z][a-z]+)'s )?" + Titles + @"\s+" + Initial + @"(?<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?: Jr\.| Sr\.)?(?:, [^,]{1,120},)?\s+(?:(?:on|here on) [A-Z][a-z]+ )?(?:said|says|told)\b")]
    private static partial Regex SpeakingLedeClause();

    // "Xi" and "Li" are names; "He said" or "In Beijing" open sentences without naming anyone.
    static string[] NamesIn(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(n => !FunctionWords.Contains(n)).ToArray();

    static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "He", "We", "It", "In", "On", "As", "At", "So", "No", "If", "Of", "To", "By", "Or", "An", "Be", "Do", "Go", "My", "Us", "Me",
    };

    // "External Affairs Minister S Jaishankar", "Minister K. Shanmugam": an initial some names carry before the name.
    const string Initial = @"(?:[A-Z]\.? )?";

    const string Titles = @"(?:Foreign Minister|External Affairs Minister|Defen[cs]e Minister|Defen[cs]e Secretary|Minister of (?:National )?Defen[cs]e|Minister of Foreign Affairs|Secretary of (?:War|Defen[cs]e)|President|Prime Minister|Secretary of State|Chancellor|Premier|top diplomat)";

    /// <summary>"... held a video call with Russian President Vladimir Putin": the names of the counterpart the lede
    /// names by title, or none. The agency's account of the talks reports his words too ("..., Putin said").</summary>
    public static string[] LedeCounterpart(string sentence) =>
        Counterpart().Match(sentence) is { Success: true } m
            ? NamesIn(m.Groups["name"].Value)
            : [];

    // "spoke by phone with US Secretary of State Marco Rubio": the channel, and a country by its initials.
    [GeneratedRegex(@"\b(?:met|held [a-z ]{0,30}|talked|spoke(?: by (?:tele)?phone| on the (?:tele)?phone)?|had [a-z ]{0,30}) with (?:his |her )?(?:[A-Z][a-z]+ |US |U\.S\. |UK )?" + Titles + @"\s+" + Initial + @"(?<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b")]
    private static partial Regex Counterpart();

    /// <summary>"following a meeting between Foreign Minister Sugiono and his Australian counterpart Penny Wong": a story
    /// that names one minister bare and the other by demonym names its own side's first. His names and the counterpart's
    /// demonym, or null.</summary>
    public static (string[] Names, string CounterpartDemonym)? MeetingBetween(string sentence) =>
        Between().Match(sentence) is { Success: true } m ? (NamesIn(m.Groups["name"].Value), m.Groups["adj"].Value) : null;

    [GeneratedRegex(@"\b(?:meeting|talks|call|phone call|conversation) between " + Titles + @"\s+" + Initial + @"(?<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) and (?:his|her) (?<adj>[A-Z][a-z]+(?:an|ese|ish|ian|ch|i)) counterpart\b")]
    private static partial Regex Between();

    /// <summary>Whoever the lede has the principal meet, however the meeting is named ("held the eighth round of the
    /// China-Australia Foreign and Strategic Dialogue with Australian Foreign Minister Penny Wong"): only to know the
    /// counterpart's voice when she speaks through her own channel (NewsAttribution).</summary>
    public static string[] LedeCounterpartAnyMeeting(string sentence) =>
        AnyMeetingCounterpart().Match(sentence) is { Success: true } m ? NamesIn(m.Groups["name"].Value) : [];

    [GeneratedRegex(@"\b(?:met|held|talked|spoke|had)\b[^.;]{0,120}? with (?:his |her )?(?:[A-Z][a-z]+ )?" + Titles + @"\s+" + Initial + @"(?<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b")]
    private static partial Regex AnyMeetingCounterpart();

    // "China's top diplomat Wang Yi told ...": the country by its name, as the wires write it. "... Wang Yi has declared that
    // ties are back on track": a wire lede in the perfect reports what he said at the talks. "Defense Secretary Gilberto
    // Teodoro Jr. and US Secretary of War Pete Hegseth discussed ...": a suffix after the name, a title with "of" after "and".
    // "President Lee Jae-myung and U.S. President Donald Trump reaffirmed ...": a Korean given name is hyphenated, and a
    // summit's lede may open on what the leaders reaffirmed or pledged.
    [GeneratedRegex(@"(?:(?<adj>[A-Z][a-z]+) |(?<country>[A-Z][a-z]+)'s )?" + Titles + @"\s+" + Initial + @"(?<name>" + NamePart + @"(?: " + NamePart + @"){0,2})(?: Jr\.| Sr\.)?(?:, [^,]{1,120},)?\s+(?:and (?:(?:[A-Z][\w.]*|of|his|her) ){1,8})?(?:(?:on|here on) [A-Z][a-z]+ )?(?:met|held|hosted|received|spoke|had|called|discussed|talked|told|agreed|reaffirmed|pledged|vowed|has (?:declared|said|urged|called|told|stressed|warned))\b")]
    private static partial Regex Lede();

    /// <summary>"The two sides should make good preparations for ...", right after the principal was quoted: the agency
    /// goes on reporting his words in indirect speech (a side's obligation or readiness, no source of its own).</summary>
    public static bool ContinuesIndirectSpeech(string sentence) => IndirectSpeech().IsMatch(sentence) && !OwnSource().IsMatch(sentence);

    [GeneratedRegex(@"^(The two (sides|countries)|Both (sides|countries)|China|Russia|India|Japan|Korea|the ROK|[A-Z][a-z]+ and [A-Z][a-z]+) (should|must|need to|are ready to|is ready to|stands? ready to|will continue to)\b")]
    private static partial Regex IndirectSpeech();

    /// <summary>"For his part, Wadephul said ...": the agency's account of the talks gives the counterpart's reply too.</summary>
    public static bool CounterpartsReply(string sentence) => ForHisPart().IsMatch(sentence);

    [GeneratedRegex(@"^For (his|her|their) part, [A-Z]")]
    private static partial Regex ForHisPart();

    /// <summary>"The German Foreign Office said in a statement ...", in an article whose principal is Chinese: another
    /// side's account, however it is attributed.</summary>
    public static bool OtherSidesBody(string sentence, string principalDemonym) =>
        (OtherBody().Match(sentence) is { Success: true } m && m.Groups["adj"].Value != principalDemonym)
        // "In a statement issued after the talks, the Russian Foreign Ministry said ...": however the sentence opens.
        || (DemonymBody().Match(sentence) is { Success: true } d && d.Groups["adj"].Value != principalDemonym)
        // "Pakistan's Foreign Office said in a statement ...": a country named by its name, not its demonym.
        || (CountrysBody().Match(sentence) is { Success: true } c && Comparison.PartyNames.SameCountry(c.Groups["country"].Value, principalDemonym) == false)
        // "According to a readout issued by the ROK presidential office, ...": a country named by its short name before the body.
        || NamedCountryBody().Matches(sentence).Any(n => Comparison.PartyNames.SameCountry(n.Groups["country"].Value, principalDemonym) == false);

    [GeneratedRegex(@"\bthe (?<country>[A-Z][A-Za-z.]{1,12}) (?i:presidential office|foreign ministry|ministry of foreign affairs|defen[cs]e ministry|ministry of (?:national )?defen[cs]e|state department|department of state|prime minister's office|government)\b")]
    private static partial Regex NamedCountryBody();

    // A country's ministries by the country's name, in any case ("Russia's foreign ministry", "India's Ministry of External Affairs").
    const string CountrysMinistry = @"\b(?<country>[A-Z][a-z]+)'s (?i:foreign office|foreign ministry|ministry of foreign affairs|defen[cs]e ministry|ministry of (?:national )?defen[cs]e|external affairs ministry|ministry of external affairs)";

    [GeneratedRegex(CountrysMinistry + @"\b|\b(?<country>[A-Z][a-z]+)'s (?:[Gg]overnment|presidential office|Prime Minister's Office)\b")]
    private static partial Regex CountrysBody();

    [GeneratedRegex(@"^The (?<adj>[A-Z][a-z]+) (?:Foreign |Federal |Defen[cs]e |External Affairs )?(?:Office|Ministry|Department|Government|side|government)\b")]
    private static partial Regex OtherBody();

    /// <summary>"..., Wang said, adding that ...": a speaker already quoted for the issuer is named as saying it.</summary>
    public static bool QuotesSpeaker(string sentence, IReadOnlySet<string> speakers) =>
        speakers.Count > 0 && (Speaker().Matches(sentence).Any(m => speakers.Contains(m.Groups["name"].Value))
            || AccordingToSpeaker().Matches(sentence).Any(m => speakers.Contains(m.Groups["name"].Value)));

    // One word of a person's name; a Korean given name is hyphenated ("Kang Yu-jung").
    internal const string NamePart = @"[A-Z][a-z]+(?:-[a-z]+)?";

    // "..., and Trump expressed his support, according to Kang.": a speaker already quoted, named as the source.
    [GeneratedRegex(@"\baccording to (?<name>" + NamePart + @")(?: " + NamePart + @")?\.?[""”]?\s*$")]
    private static partial Regex AccordingToSpeaker();

    /// <summary>The sentence is led by a speaker already quoted for the issuer ("Wang also said ...").</summary>
    public static bool SpokenBy(string sentence, IReadOnlySet<string> speakers) =>
        speakers.Count > 0 && LedBySpeaker().Match(sentence) is { Success: true } m && speakers.Contains(m.Groups["name"].Value);

    // "Wang said", "Wang Yi says", "Wang Yi has declared", "quoted Wang as saying": a capitalised name right before a verb
    // of saying (or of posting: '"...," Jaishankar posted').
    // Both names of "Karoline Leavitt said" are kept: the story goes on with "Leavitt said". '"...," Misri told reporters'
    // closes a quotation; "Cho told reporters at the airport that ..." is remarks of their own.
    [GeneratedRegex(@"(?<![\p{L}'’])(?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?(?<name>" + NamePart + @")(?: (?<name>" + NamePart + @"))? (?:also )?(?:said|says|added|posted|wrote|tweeted|has (?:said|declared))\b|(?<=[""”]\s)(?<name>" + NamePart + @")(?: (?<name>" + NamePart + @"))? told\b|\bquoted (?<name>" + NamePart + @")(?: (?<name>" + NamePart + @"))? as say|(?<![\p{L}'’])(?<name>" + NamePart + @")(?: (?<name>" + NamePart + @"))? was quoted as (?:saying|telling)\b")]
    private static partial Regex Speaker();

    // The verbs a release reports its minister with: a sentence led by a known speaker (LedBySpeaker, which takes more) or
    // by "He"/"She" (Continuation) goes on with his account.
    const string SpeechVerbs = "said|says|added|stressed|noted|urged|called|told|reiterated|underlined|emphasi[sz]ed|highlighted|raised|pressed|sought|reaffirmed|underscored|thanked|briefed|welcomed|expressed|conveyed|pushed|proposed|invited|requested|asked|apprised|assured|affirmed|discussed|suggested";

    // "Wang, also a member of the Political Bureau ..., said": an appositive may stand between the name and the verb.
    // "During the call, Cho and Wang agreed ...": the first of two named subjects leads; a frame may open the sentence;
    // a title may stand before the name ("Minister Trung affirmed ...").
    [GeneratedRegex(@"^(?:(?:On|In|Regarding|As for|During|At|After|Following) [^,]{1,60}, )?(?:(?:Dr|Mr|Mrs|Ms|Prof|Minister|Secretary|Ambassador)\.? )?(?<name>[A-Z][a-z]+)(?: [A-Z][a-z]+)?(?: and [A-Z][a-z]+(?: [A-Z][a-z]+)?)?(?:, [^,]{1,120},)? (?:also |further |likewise |again )?(?:" + SpeechVerbs + @"|agreed|vowed|pledged|confirmed|shared|informed|explained|stated|appreciated|recalled|congratulated|condemned|denounced|rejected|opposed|protested|warned|insisted|maintained)\b")]
    private static partial Regex LedBySpeaker();

    // "Updated March 20, 2026 - 10.47pm, first published at 9.12pm": only newspapers stamp a page like this.
    // "Updated March 18, 2026 9:40 PM GMT+8 · 4 min read": nor with a reading time.
    [GeneratedRegex(@"^Updated .{0,60}\b(first published|\d{1,2} min(ute)?s? read)\b", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex UpdateStamp();

    /// <summary>"..., the Japanese Defense Ministry said" (or "the Russian foreign minister noted"): the demonym of a government body a sentence is attributed to, or
    /// null. The first such body an article cites is the issuer's (the story reports its release); one named with another
    /// demonym later is another side's.</summary>
    public static string? AttributedBody(string sentence) =>
        // Not "in a separate statement" or "in its own readout": that is the other side's account, which the story sets
        // beside the one it reports.
        SeparateAccount().IsMatch(sentence) ? null
        : DemonymBody().Match(sentence) is { Success: true } m ? m.Groups["adj"].Value
        // "Russia's foreign ministry said in a statement": the country by its name.
        : CountrysBodySaid().Match(sentence) is { Success: true } c ? Comparison.PartyNames.DemonymOf(c.Groups["country"].Value)
        : null;

    [GeneratedRegex(@"\b(in (a|its|their) (separate|own) (statement|readout|release)|its own (statement|readout|release))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeparateAccount();

    // "China's statement also said ...": the country's own account, named by the country.
    [GeneratedRegex(@"(?:" + CountrysMinistry + @"|\b(?<country>[A-Z][a-z]+)'s (?:statement|readout|release|account)) (?:also )?(?:said|says|stated|added|announced|noted)\b")]
    private static partial Regex CountrysBodySaid();

    [GeneratedRegex(@"\b(?:the (?<adj>[A-Z][a-z]+(?:an|ese|ish|ian|ch|i)) (?:[Ff]oreign |[Dd]efen[cs]e |[Tt]rade |[Ff]inance |External Affairs )?(?:Ministry|Department|Office|[Gg]overnment|[Mm]inister)(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)? (?:also )?(?:said|says|stated|added|announced|noted)\b|according to the (?<adj>[A-Z][a-z]+(?:an|ese|ish|ian|ch|i)) (?:[Ff]oreign |[Dd]efen[cs]e |[Tt]rade |[Ff]inance |External Affairs )?(?:Ministry|Department|Office|[Gg]overnment)\b|according to (?<adj>[A-Z][a-z]+(?:an|ese|ish|ian|ch|i)) diplomatic sources\b)")]
    private static partial Regex DemonymBody();

    /// <summary>"..., the Department of National Defense (DND) said": the initials the sentence gives the body it is
    /// attributed to, or null.</summary>
    public static string? DefinedBodyAcronym(string sentence) =>
        DefinedAcronym().Match(sentence) is { Success: true } m ? m.Groups["acr"].Value : null;

    // "The Ministry of Foreign Affairs (Wisma Putra) said": the seat's name a country's press uses for its ministry is defined
    // the same way ("..., Wisma Putra said").
    [GeneratedRegex(@"\b[Tt]he (?:Ministry|Department) of (?:[A-Z][a-z]+ |and ){1,5}\((?<acr>[A-Z]{2,6}|[A-Z][a-z]+ [A-Z][a-z]+)\),? (?:also )?(?:said|says|stated|added|announced|noted)\b")]
    private static partial Regex DefinedAcronym();

    /// <summary>The sentence is attributed to the body by its initials: "the DND said", "according to the DND", "..., said
    /// the DND."</summary>
    public static bool CitesAcronym(string sentence, string acronym) => AcronymAttribution(acronym).IsMatch(sentence);

    /// <summary>The attribution to a body by its initials, built once for the story that defines them; its spokesperson
    /// speaks for it ("DND spokesperson Director Arsenio Andolong said ...").</summary>
    public static Regex AcronymAttribution(string acronym) =>
        new(@"\b(?:[Tt]he )?" + Regex.Escape(acronym) + @" (?:also )?(?:said|says|stated|added|noted|announced)\b|\b[Aa]ccording to (?:the )?"
            + Regex.Escape(acronym) + @"\b|\bsaid (?:the )?" + Regex.Escape(acronym) + @"\.?$|\b" + Regex.Escape(acronym)
            + @" spokes(?:person|man|woman)\b[^.;""“]{0,60}? (?:also )?(?:said|says|told)\b");

    /// <summary>"according to a readout released by the Chinese Foreign Ministry": the demonym of the government body
    /// named as a readout's publisher, or null. The story's own side when it is the principal's (OtherReadout reads any
    /// demonym there as another side's).</summary>
    public static string? ReleasedBy(string sentence) =>
        ReleasingBody().Match(sentence) is { Success: true } m
            // "a readout released by China's foreign ministry": the country by its name, as a foreign agency writes it.
            ? m.Groups["adj"].Success ? m.Groups["adj"].Value : Comparison.PartyNames.DemonymOf(m.Groups["country"].Value)
            : null;

    /// <summary>The sentence cites a government body of the given demonym, as the one that said it ("the Russian
    /// Foreign Ministry said") or the one that released the readout it quotes.</summary>
    public static bool CitesBodyOf(string sentence, string demonym) => AttributedBody(sentence) == demonym || ReleasedBy(sentence) == demonym;

    // "a readout released by", "a press release posted on the website of": who published what the story quotes.
    // "according to a statement from the Indonesian Foreign Ministry": the same, without the verb.
    const string PublishedBy = @"(?:readout|statement|release) (?:(?:issued|released|published|posted) (?:by|on the (?:website|site|page) of)|from) ";

    [GeneratedRegex(@"\b" + PublishedBy + @"(?:the (?<adj>[A-Z][a-z]+(?:an|ese|ish|ian|ch|i)) (?:Foreign |Defen[cs]e |External Affairs )?(?:Ministry|Office|Department|[Gg]overnment)\b|" + CountrysMinistry + @"\b)")]
    private static partial Regex ReleasingBody();

    /// <summary>"..., the White House said", "according to the Kremlin": the named seat of government a sentence is
    /// attributed to, or null ("a readout released by the Pentagon said" is another side's readout). As with a demonym,
    /// the first body the story cites is the issuer's.</summary>
    public static string? AttributedSeat(string sentence) =>
        // "The White House said in a separate readout ...": the other side's account, set beside the one the story reports.
        SeatAttribution().Match(sentence) is { Success: true } m && !OtherReadout().IsMatch(sentence) && !SeparateAccount().IsMatch(sentence)
            ? m.Groups["seat"].Value.ToLowerInvariant() : null;

    /// <summary>"the presidential office said Wednesday.", "presidential spokesperson Kang Yu-jung told a briefing.": a
    /// clause of a story that only says who spoke. It is the attribution of the clause before it, no point of its own.</summary>
    public static bool IsAttributionOnly(string clause) => AttributionOnly().IsMatch(clause);

    // "told reporters in Washington after the talks.": where and when the briefing was given says no more.
    [GeneratedRegex(@"^\s*(?:the |a |an )?(?:[\p{L}.'’\-]+ ){0,6}(?:said|says|added|told (?:reporters|journalists|a (?:press |news )?(?:briefing|conference))|told a [a-z ]{0,20}briefing)(?: in [A-Z][a-z]+)?(?: after the (?:talks|summit|meeting|call))?(?: (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?\.?[""”]?\s*$")]
    private static partial Regex AttributionOnly();

    /// <summary>"Asked whether the leaders discussed possible U.S. tariffs on semiconductors, a senior official told ...":
    /// the reporter's question, which the answer after it settles.</summary>
    public static bool IsReportersQuestion(string clause) => ReportersQuestion().IsMatch(clause);

    [GeneratedRegex(@"^\s*(?:When |After being )?[Aa]sked (?:by (?:reporters|journalists) )?(?:whether|if|about|how|why|what|when|to comment)\b")]
    private static partial Regex ReportersQuestion();

    /// <summary>"..., according to the office.", "the office said": the seat a story first cited, named again by its noun.</summary>
    public static bool CitesTheOffice(string sentence) => TheOffice().IsMatch(sentence);

    [GeneratedRegex(@"\b(according to the office|the office (also )?(said|says|added|stated))\b")]
    private static partial Regex TheOffice();

    /// <summary>The demonym of the country whose seat of government this is ("kremlin" -> "Russian"), or null where the
    /// name does not tell ("presidential office").</summary>
    public static string? DemonymOfSeat(string seat) => seat switch
    {
        "kremlin" => "Russian",
        "white house" or "state department" or "pentagon" => "American",
        "élysée" or "elysee" => "French",
        "downing street" => "British",
        "cheong wa dae" or "blue house" => "Korean",
        _ => null,
    };

    const string Seats = "White House|State Department|Pentagon|Kremlin|Élysée|Elysee|Downing Street|Cheong Wa Dae|Blue House|presidential office|Prime Minister's Office|Chancellery";

    // "Kremlin foreign policy aide ... told reporters": an official of the seat, speaking for it. "the Prime Minister's
    // Office (PMO) said": the seat with its initials.
    [GeneratedRegex(@"\b(?:[Tt]he (?<seat>" + Seats + @")(?: \([A-Z]{2,6}\))?(?: press office)? (?:also )?(?:said|says|stated|added|announced)\b|[Aa]ccording to (?:the )?(?<seat>" + Seats + @")\b|(?<seat>" + Seats + @") (?:[a-z]+ ){0,3}(?:aide|spokes(?:man|woman|person)|adviser|advisor|press secretary) (?:[A-Z][a-z]+ ){1,3}(?:said|says|told)\b)")]
    private static partial Regex SeatAttribution();

    /// <summary>Whether the sentence is attributed to anyone at all: the issuer's body, a government body by demonym or
    /// a seat of government.</summary>
    public static bool HasAttribution(string sentence) => IssuerAttribution().IsMatch(sentence) || AttributedBody(sentence) is not null || AttributedSeat(sentence) is not null;

    /// <summary>"ADVERTISEMENT", "Story continues below": a news page's interstitial line, no part of the story.</summary>
    public static bool IsInterstitial(string sentence) => Interstitial().IsMatch(sentence);

    [GeneratedRegex(@"^\s*(advertisement|advertising|sponsored( content)?|story continues below( advertisement)?|continue reading( below)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Interstitial();

    /// <summary>The sentence carries the issuer's own words, by attribution to its ministry, release or post.</summary>
    public static bool AttributedToIssuer(string sentence) =>
        (IssuerAttribution().IsMatch(sentence) || OfficialAttribution().IsMatch(sentence)) && !OtherReadout().IsMatch(sentence);

    // "..., Foreign Secretary Vikram Misri said": an official briefing for the issuer, named by his office alone, as a
    // country's agency writes of its own government ("British Foreign Secretary ..." is another side's).
    // "presidential spokesperson Kang Yu-jung told a briefing": the president's office, by no country's name.
    [GeneratedRegex(@"(?<![A-Z][\w.'’]* )\b(?:Foreign Secretary|(?:Foreign|External Affairs|Defen[cs]e) Ministry [Ss]pokes(?:person|man|woman)|(?:Official )?[Ss]pokes(?:person|man|woman) (?:of|for) the (?:Ministry|Department)[^,]{0,40}|(?:First )?Vice Foreign Minister|Deputy Foreign Minister|Press Secretary|(?:[Cc]hief )?[Pp]residential [Ss]pokes(?:person|man|woman))\s+(?<name>" + NamePart + @"(?: " + NamePart + @"){0,2}),? (?:said|says|told|added)\b")]
    private static partial Regex OfficialAttribution();

    /// <summary>"The two officials welcomed ... and discussed ...": once the article has quoted the issuer, a sentence
    /// whose subject is the two participants reports the talks from the issuer's account; the reporter's background
    /// speaks of treaties, history and third parties instead.</summary>
    public static bool ReportsTheTalks(string sentence) =>
        (TalksReport().Match(sentence) is { Success: true } m && !OwnSource().IsMatch(sentence)
            // Two people by name report the talks; two countries ("Pakistan and Afghanistan agreed to a ceasefire") may be background.
            && !(m.Groups["first"].Success && (Comparison.PartyNames.IsCountryWord(m.Groups["first"].Value) || Comparison.PartyNames.IsCountryWord(m.Groups["second"].Value))))
        || PassiveTalksReport().IsMatch(sentence);

    /// <summary>"According to the ministry, X. The sides also discussed Y.": an agency's paragraph reports one source; a
    /// sentence after an attributed one in the same paragraph goes on with it unless it names a source of its own. The
    /// reporter's gloss in the present tense ("Beijing often uses the phrase to refer to ...") is not the report.</summary>
    public static bool ContinuesParagraph(string sentence) => !OwnSource().IsMatch(sentence) && ReportedTense().IsMatch(sentence);

    // A past or future verb of the report: "spoke", "was also discussed", "agreed", "will hold".
    [GeneratedRegex(@"\b([a-z]+ed|was|were|had|will|would|should|must|spoke|held|took|made|gave|met|sought|told|said|saw|set|put|brought)\b")]
    private static partial Regex ReportedTense();

    /// <summary>"In a statement released by her office, Wong said ...", "In a separate statement, ...": words given
    /// through the speaker's own channel, not the readout the story reports.</summary>
    public static bool OwnChannel(string sentence) => OwnChannelPhrase().IsMatch(sentence);

    // Her, his or their own, or a separate one: "According to a readout, Wong said ..." may be the issuer's own readout.
    [GeneratedRegex(@"^\W*(in|according to) ((her|his|their) (own )?|an? (separate|own) )(statement|post|remarks|readout|media release|press release|message)\b|\b(released|issued|posted) by (her|his|their) (office|ministry|department)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnChannelPhrase();

    // A sentence that names its own source and was not attributed to the issuer quotes someone else.
    [GeneratedRegex(@"\b(according to|readout|said|says|told)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnSource();

    // A fronted frame ("On economic security, they agreed ...", "Discussing regional developments, the two sides ...")
    // and the ministers' portfolio ("The two foreign ministers") do not change who is reported; "On economic ties, the
    // minister proposed ..." goes on with the minister the story reports, as "The prime minister assured ..." does.
    // "In addition, they agreed ...", "Mohamad and Rubio also agreed ...": the two named, or a connective before them.
    // "The ministers went over preparations for ...", "Fidan and Rubio also addressed ...": what the talks covered.
    [GeneratedRegex(@"^((On|Regarding|As for|Turning to|Discussing) [^,]{1,60}, |(In addition|Additionally|Furthermore|Moreover), )?((?<first>[A-Z][a-z]+) and (?<second>[A-Z][a-z]+)|The (ministers|parties|sides|leaders)|The [A-Z][a-z]+ side|The two (foreign |defen[cs]e |trade )?(officials|ministers|leaders|sides|parties|counterparts|top diplomats)|the two (foreign |defen[cs]e |trade )?(officials|ministers|leaders|sides)|Both (officials|ministers|leaders|sides)|both sides|they|[Tt]he (Deputy |deputy )?(Prime Minister|prime minister|Foreign Minister|foreign minister|Defen[cs]e Minister|defen[cs]e minister|External Affairs Minister|Minister|minister)) (also |further )?(agreed|discussed|welcomed|reaffirmed|expressed|exchanged|reviewed|committed|pledged|vowed|underscored|stressed|noted|condemned|called|urged|signed|launched|announced|proposed|suggested|assured|reiterated|invited|apprised|highlighted|thanked|raised|sought|briefed|emphasi[sz]ed|conveyed|requested|addressed|went over)\b")]
    private static partial Regex TalksReport();

    // "Particular attention was paid to trade ...", "As noted at the meeting, ...": the talks reported in the passive.
    [GeneratedRegex(@"^((Particular|Special) attention was (paid|given) to|As (noted|stated|emphasi[sz]ed) (at|during) the (meeting|talks))\b")]
    private static partial Regex PassiveTalksReport();

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

    [GeneratedRegex(@"^\s*according to (the|an?) [^,]{1,60},\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAttribution();

    // A role after a comma ("By Hannah Kerr, China correspondent") or the reporter's city ("By Marcus Healy in London") is a byline too.
    // "By Jane Doe and John Roe": two reporters share a byline.
    [GeneratedRegex(@"^(By [A-Z][\p{L}'\-]+( [A-Z][\p{L}'\-]+)+( and [A-Z][\p{L}'\-]+( [A-Z][\p{L}'\-]+)+)?( in [A-Z][\p{L}\- ]{1,30})?\s*($|\||,[\p{L} ]{1,40}$)|\(LEAD\))", RegexOptions.Multiline)]
    private static partial Regex Byline();

    // "By Karla Santos, DND Public Affairs Service", "By Jim Garamone, DOD News": a ministry's own writer, whose bylined
    // news release is the ministry's account throughout, not a story that reports it.
    [GeneratedRegex(@"^By [A-Z][^\n,|]{2,60}, [^\n]{0,30}\b(Public Affairs|Public Information|Press Office|Press Service|Information Service|DOD News|DoD News|DOW News)\b", RegexOptions.Multiline)]
    private static partial Regex InHouseByline();

    // "News Releases" on a line of its own above the headline: the page files the story in the government's own release
    // section (a presidential office's bylined news release), which a newspaper's or an agency's page does not.
    [GeneratedRegex(@"^\s*(News|Press|Media) Releases?\s*$", RegexOptions.Multiline)]
    private static partial Regex ReleaseSection();

    // "BEIJING, Feb. 26 (Xinhua) --", and TASS's "NEW DELHI, October 20. /TASS/.".
    // "BEIJING, March 18 (Eastern Wire)" on a line of its own, as a wire story sets it above the lede.
    // "NEW DELHI/MOSCOW, Dec 5 (Agency) -": a story filed from two capitals names both.
    // "Manila (VNA) - Vietnam and ...": the city in its usual case, the agency's initials, a dash.
    [GeneratedRegex(@"^[A-Z][A-Z .]+(/[A-Z][A-Z .]+)*, [A-Z][a-z]+\.? \d{1,2}(\.? \([^)]+\) (--|—|-)|\. /[A-Z][A-Za-z]+/|\.? \([^)\n]{2,40}\)\s*$)|^[A-Z][a-z]+(?: [A-Z][a-z]+)? \((?:" + Agencies + @"|[A-Z]{2,5})\) (--|—|–|-) [A-Z]", RegexOptions.Multiline)]
    private static partial Regex AgencyDateline();

    // The issuer's own body, by name or acronym ("the ministry", "the DFA", "the Ministry of External Affairs (MEA)"):
    // one list for the attribution that marks a sentence and the trailing one cut from its claim. "the Foreign Office said"
    // (no country named) is the issuer's too, in IssuerAttribution.
    const string IssuerBody = "ministry|department|" + IssuerAcronyms;

    // "..., MFA said." and "..., said MFA.": a newspaper that names the ministry by its acronym drops the article.
    const string IssuerAcronyms = "mea|dfa|mofa|mfa|dfat|fcdo|eeas|pmo";
    // "the Ministry of Foreign Affairs (Wisma Putra) said": a body named with its initials or the name the press gives it.
    const string NamedBody = @"the (ministry|department) of [a-z ]{3,40}( \([a-z]{2,6}\)| \([a-z]+ [a-z]+\))?";

    // "a senior presidential official told reporters that ...": an unnamed official of the president's office, by no
    // country's name, is the agency's own government's.
    // "..., according to Turkish diplomatic sources", "..., the sources added": an agency's unnamed sources in its own
    // ministry, the way some wires report a call.
    [GeneratedRegex(@"\b(the (foreign |external affairs )?(" + IssuerBody + @"|release|statement|readout|minister)('s post)?( also)? (said|says|added|noted|stated)|the (statement|release|readout) read\b|foreign ministry (says|said)|the foreign office( also)? (said|says|added|noted|stated)|" + NamedBody + @" (said|says|stated|added)|the statement quoted|according to (the|an?) (foreign )?(" + IssuerBody + @"|release|press release|statement|readout|post by the minister)|the release said|said in a (statement|post)|\b(" + IssuerAcronyms + @") (also )?(said|says|added|noted|stated)\b|\bsaid (the )?(ministry|" + IssuerAcronyms + @")\.?$|(remarks|statement|readout|transcript) released by the (foreign )?(" + IssuerBody + @")\b|\b[A-Z][a-z]+ wrote|\b(a|the) (senior |top |high-ranking )?presidential (official|aide|secretary)s? (told|said)\b|\bthe sources (also )?(said|say|added|noted)\b|\bsaid the sources\b|\baccording to the sources\b|\baccording to ([A-Z][a-z]+ )?diplomatic sources\b)", RegexOptions.IgnoreCase)]
    private static partial Regex IssuerAttribution();

    // Case-sensitive on purpose: "issued by the US State Department", "by Japan's Foreign Ministry", "by the Kremlin"
    // name a country's body, another side's; "by the ministry", "by the Prime Minister's Office (PMO)" are the
    // reporting side's own, as an agency writes of its government.
    [GeneratedRegex(PublishedBy + @"(the )?(\p{Lu}[\p{L}.]*'s |(US|U\.S\.|UK|EU|ROK|DPRK|PRC|[A-Z][a-z]+(an|ese|ish|ian|ch|i)) [A-Z]|(Kremlin|White House|State Department|Pentagon|Blue House|Downing Street|Quai d'Orsay|Élysée|Elysee|Zhongnanhai)\b)")]
    private static partial Regex OtherReadout();

    // "The Chinese account also noted ...": after an attributed sentence, "also" continues the same release, as does
    // "The defense chief also sought ..." (the minister just quoted, by his office); "They likewise tackled ...".
    // ... or ends by pointing back at it: "Modi also invited Trump to visit India, it added."
    // "He underlined the need for ...": the minister the sentence before was quoted on goes on speaking.
    [GeneratedRegex(@"^(They|He|She|The two sides|Both sides|The (two )?(ministers|leaders)|The [A-Z][\w-]+ (account|readout|statement|release)|The (defen[cs]e|foreign|trade) chief|The top diplomat) (also|likewise)\b|^(?:(?:On|Regarding|As for|Turning to|In) [^,]{1,60}, (?=s?he\b))?(He|She|he|she) (further )?(" + SpeechVerbs + @")\b|^[A-Z][\w-]+( [A-Z][\w-]+)?, it (also )?(added|said|noted|stated), |,\s*it (also )?(added|said|noted|stated)\.?[""”]?\s*$|,[""”]?\s*(he|she) (also )?(said|added)\b")]
    private static partial Regex Continuation();

    [GeneratedRegex(@",[""”]?\s*(the (foreign |external affairs )?(" + IssuerBody + @"|release|statement) (said|added)|the (statement|release|readout) read|(" + IssuerAcronyms + @") (said|added)|said (the )?(ministry|" + IssuerAcronyms + @")|" + NamedBody + @" (said|added)|it (also )?(added|said|noted|stated)|according to (the|a) [^,]{0,60})\.?[""”]?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAttribution();
}
