using System.Text.RegularExpressions;

namespace Divergence.Analysis.Text;

/// <summary>
/// Recognises the debris that real release pages carry (attribution lines, datelines, navigation, bylines,
/// disclaimers, a news article's attributions, press-conference questions, courtesies) so it is never compared.
/// Debris is marked, not removed: evidence spans stay true to the original.
/// </summary>
public static partial class Boilerplate
{
    public static bool IsDebris(string sentence) => IsDebris(sentence, allowAttribution: false);

    /// <summary>allowAttribution: in a news article, "according to the ministry" marks the issuer's own words.
    /// listItem: a bulleted point of a sentence that introduced a list (IntroducesList), however briefly put.</summary>
    public static bool IsDebris(string sentence, bool allowAttribution, bool listItem = false)
    {
        var s = sentence.Trim();
        // "2026.04.09.", "###": a line without a single letter says nothing; nor does GOV.UK's "From: Prime Minister's
        // Office, 10 Downing Street and ..." (who published the page).
        if (s.Length == 0 || !s.Any(char.IsLetter) || s.StartsWith("From: ", StringComparison.Ordinal)) return true;
        // A courtesy is judged per clause (IsDebrisClause): "They looked forward to the summit and discussed practical
        // deliverables, including ..." keeps its second clause.
        if (Debris().IsMatch(s) || SiteNotice().IsMatch(s) || (!allowAttribution && NewsAttribution().IsMatch(s))) return true;
        if (Navigation().Matches(s).Count >= 2) return true;
        // "- 한미 관세·투자 합의 이행 점검, 반도체 관세 등 현안 논의 -": a Korean release's subtitle sums up the release below it.
        if (Subtitle().IsMatch(s)) return true;
        // Headings, menus, link lists and share buttons: lines that do not end like a sentence. A bulleted item that ends
        // with a semicolon ("- civil nuclear cooperation, notably on small modular reactors;") is one point of a list.
        // "SECURING THE TECHNOLOGIES OF THE FUTURE:" on a line of its own heads a fact sheet's section; a colon ends a
        // sentence that introduces a list, not a heading in capitals.
        if (CapitalsHeadingLine().IsMatch(s)) return true;
        var endsLikeSentence = EndsLikeSentence().IsMatch(s) || (IsBulletItem(s) && s.EndsWith(';'));
        return !endsLikeSentence && !listItem && CountWords(s) < 16;
    }

    /// <summary>"3. Japan-U.S.-ROK cooperation", "II. Regional affairs": a numbered section heading of an overview.</summary>
    public static bool IsSectionHeading(string line) => SectionHeading().IsMatch(line.Trim());

    [GeneratedRegex(@"^(\d{1,2}|[IVX]{1,4})[.)]\s+\p{L}[^!?:;]{2,70}(?<!\.)$")]
    private static partial Regex SectionHeading();

    /// <summary>"양 장관은 ... 다음과 같이 협력을 지속해 나가기로 하였다.", "... 다음 분야에서 협력을 강화해 나가기로 하였다.", "한일 국방교류협력과 관련하여 양 장관은,", "The two sides
    /// agreed to:": the sentence introduces the bulleted points below it ("- 3국 훈련의 지속 시행"), which are its content.</summary>
    public static bool IntroducesList(string sentence) => ListLeadIn().IsMatch(sentence.Trim());

    [GeneratedRegex(@"([:,]|(다음과|아래와) 같이[^.]{0,40}\.|(다음|아래)의?\s*(분야|사항|과제|항목|방안|내용|의제|조치)[^.]{0,60}\.|\b(as follows|the following)\b[^.]{0,20}[.:]?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ListLeadIn();

    /// <summary>For a clause inside a sentence: only what marks debris wherever it appears (a clause need not
    /// end like a sentence).</summary>
    public static bool IsDebrisClause(string clause) => IsDebrisClause(clause, allowAttribution: false);

    public static bool IsDebrisClause(string clause, bool allowAttribution)
    {
        var s = clause.Trim();
        return s.Length == 0 || AttributionOnly().IsMatch(s) || Debris().IsMatch(s) || IsCourtesy(s) || TitleAppositive().IsMatch(s) || Greeting().IsMatch(s) || BriefingFrame().IsMatch(s) || SiteNotice().IsMatch(s) || StatisticsBackground().IsMatch(s) || RelationshipHistory().IsMatch(s) || Atmosphere().IsMatch(s) || PublicationFrame().IsMatch(s) || (!allowAttribution && NewsAttribution().IsMatch(s))
            || (allowAttribution && s.StartsWith("according to", StringComparison.OrdinalIgnoreCase));
    }

    // '" White House Press Secretary Karoline Leavitt said in a statement issued after the call.': the tail of a quote names
    // who said it and says nothing itself.
    // "the Ministry of Foreign Affairs (Wisma Putra) said today.": a name in brackets, the day it spoke.
    [GeneratedRegex(@"^[""”'’]?\s*(?:(?:[A-Z][\w.'’\-]*|of|the|and|for|\([^()]{1,30}\))\s+){1,10}(?:also )?(?:said|says|added|wrote|told reporters)(?:\s+(?:today|yesterday))?(?:\s+(?:in|on|at|after|during|following|via)\b[^""”.]{0,80})?\.?$")]
    private static partial Regex AttributionOnly();

    /// <summary>"Related materials:", "See also", 관련 보도자료, "Tags": a list of links follows, whose titles can be as long as a
    /// sentence ("Foreign Minister's remarks at the BRICS Foreign Ministers' Meeting, New Delhi, May 13, 2026").</summary>
    public static bool OpensLinks(string sentence) => LinksHeading().IsMatch(sentence.Trim());

    /// <summary>"- EU Foreign Affairs Council: ...", "• ...", "– ...", and a Korean release's "ㅇ", "○", "□" or "o": a bulleted line,
    /// an item of the list it stands in.</summary>
    public static bool IsBulletItem(string sentence) => BulletItem().IsMatch(sentence);

    [GeneratedRegex(@"^\s*([-–•»·▪○◦□ㅇ]|o(?=\s+\p{Lu}))\s")]
    private static partial Regex BulletItem();

    /// <summary>A link title does not end like a sentence; a line that does ends the list.</summary>
    public static bool EndsLikeASentence(string sentence) => EndsLikeSentence().IsMatch(sentence.Trim());

    [GeneratedRegex(@"^(related( (materials?|content|links|stories|articles|news|press releases|documents|items|pages|posts))?|see also|read (more|also)|(more|other|latest|recent) (news|stories|articles)|tags|keywords|filed under|태그|키워드|관련\s*(보도\s*자료|기사|자료|링크|글|브리핑|콘텐츠|컨텐츠|소식|뉴스))\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex LinksHeading();

    /// <summary>"Ministry of Trade, Industry and Energy", "Department of Foreign Affairs and Trade": the publisher's name on
    /// its masthead, which names no topic the page addresses.</summary>
    public static bool IsBodyName(string line) => BodyName().IsMatch(line.Trim());

    [GeneratedRegex(@"^(the )?(ministry|department|office|secretariat|government|embassy|consulate|mission|cabinet|agency) (of|for) [\p{L},'’&\- ]{2,80}$|^[\p{L}'’&\- ,]{2,60} (ministry|department)$", RegexOptions.IgnoreCase)]
    private static partial Regex BodyName();

    /// <summary>A menu, breadcrumb or share line ("Home > Newsroom", "Print | Share"): the page's chrome, not its head.</summary>
    public static bool IsPageChrome(string line) => Navigation().IsMatch(line) || ChromeWord().IsMatch(line.Trim());

    [GeneratedRegex(@"^(home|skip|share|print)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChromeWord();

    /// <summary>A journalist's question: what follows is a press conference, not the release. A bare question before
    /// the body began is the page's banner ("An official website of the European Union | How do you know?"), not a
    /// journalist's: only a marked one ("Q:", "Question:") opens questions there.</summary>
    public static bool OpensQuestions(string sentence, bool bodyBegan)
    {
        var s = sentence.Trim();
        return (bodyBegan && s.EndsWith('?')) || QuestionMarker().IsMatch(s);
    }

    /// <summary>"Foreign Ministry Spokesperson Guo Jiakun's Regular Press Conference on April 14, 2026 (excerpts)", "Briefing by
    /// Foreign Ministry Spokeswoman ...": the heading of a regular briefing's excerpts under a readout (RegularBriefing).</summary>
    public static bool OpensRegularBriefing(string sentence) => RegularBriefingHeading().IsMatch(sentence.Trim());

    [GeneratedRegex(@"^(" + RegularConference + ")", RegexOptions.IgnoreCase)]
    private static partial Regex RegularBriefingHeading();

    // The heading of a regular briefing's excerpts, which also opens the questions after a readout (QuestionMarker).
    const string RegularConference = @"(transcript of (the )?)?([\p{L}.'’ -]{0,60}'s )?((weekly|regular|daily|department) (media |press )?(briefing|press conference)|regular press conference)\b[^.?!]{0,60}$|(from )?[\p{L}.'’ -]{0,60}\bspokes(person|woman|man)\b[^.?!]{0,120}\b(answers to|comments? (at|during)|remarks at)\b[^.?!]{0,60}\b(briefing|press conference)|briefing by ([\p{L}]+ ){0,3}spokes(person|woman|man)\b[^.?!]{0,80}$";

    // "Briefing by Foreign Ministry Spokeswoman ..., Moscow, April 16, 2026": the ministry's regular briefing, posted under
    // the readout on other subjects (a special briefing on the visit is headed otherwise and stays the account).
    [GeneratedRegex(@"^(q\s*[:.]|question\s*(\([^)]{1,60}\)\s*)?:|" + RegularConference + @"|questions and answers|\(?q&a\)?|[A-Z][a-z]+ [A-Z][a-z]+ (news|times|post|tv|agency|broadcasting)\b.{0,40}:|journalist\s*:|reporter\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionMarker();

    static int CountWords(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^[A-Z][A-Z0-9 ,'’&\-–]{7,}:$")]
    private static partial Regex CapitalsHeadingLine();

    // A closing bracket ends a sentence only after a full stop: "Summit Results (MOFA briefing)" is a heading.
    [GeneratedRegex(@"([.!?:""”’]|[.!?]\)|다|요|음|함|임|됨)\s*$")]
    private static partial Regex EndsLikeSentence();

    // Menus and breadcrumbs: pieces separated by | > › or bullets.
    [GeneratedRegex(@"\s(\||>|›|»|·)\s")]
    private static partial Regex Navigation();

    // "The following readout was provided by White House Press Secretary ...": who released the text. "Address: No. 1 ...",
    // "Tel: ...", or a street address alone ("No. 1 Ton That Dam, Ba Dinh, Ha Noi."): the office's contact lines.
    // "[사진 1]" numbers the photo a caption belongs to; "[Photo: The ministers shake hands ...]" is the caption itself.
    [GeneratedRegex(@"^(the (below|following) is attributable to|the (below|following) (readout|statement|remarks?|text) (was|is|were|are) (provided|issued|released|attributable)\b|(address|tel(ephone)?|phone|fax|e-?mail|hotline)\s*:|no\.\s*\d+[a-z]?,?\s+[\p{L}'’ .-]{2,40}(,\s*[\p{L}'’ .-]{2,40}){1,4}\.?$|in response to (a |the )?(media |press |reporters' )?(quer(y|ies)|questions?)\b[^.]{0,200}\b(said|stated|remarked)\s*:?\s*$|([A-Z][\w.]* ){1,6}(provided|issued|released|gave) the following (readout|statement)|office of the spokesperson|for immediate release|readout\b|media note|press (statement|release)s?\b|skip to|share\b|print\b|text size|home\s*[>›]|read( more| also)?:|related( articles)?:?|see also|tags?:|this (material|content|text|is an unofficial)|(an )?unofficial translation|disclaimer|copyright|©|all rights reserved|unauthori[sz]ed reproduction|\(end\)|/end/|###|q\s*:|a\s*:|question\s*(\([^)]{1,60}\)\s*)?:|answer\s*:|moderator\s*:|\(lead\)|\(reference\)|\(update\)|by [A-Z][a-z]+ [A-Z][a-z]+\b|[A-Z][A-Z .,'-]{2,40}(,| —| --)\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\s*(—|--|-)?\s*$|(monday|tuesday|wednesday|thursday|friday|saturday|sunday),? [a-z]+ \d|posted|updated|published|last (updated|modified)|all content is available|report a problem|is this page useful|(website |site )?(content )?(designed|developed),? (developed )?(and )?(hosted|maintained) by|attachment|photo|\[\s*(photo|video|image|picture|사진|영상)s?\s*(caption|credit)?\s*\d{0,2}\s*(\]|:)|previous|next\s*[:|›»]|list$|다음|이전|목록|첨부|사진|저작권|무단\s*전재|본문 바로가기)", RegexOptions.IgnoreCase)]
    private static partial Regex Debris();

    // A news article that summarises a release, and reporters' hedges, are not the release.
    [GeneratedRegex(@"(according to (a |the )?(readout|statement|press release|post|ministry|report|officials?|sources?)|,? (the )?(ministry|department|office|spokesperson|official|officials|they) (said|added|told reporters)\.?$|said in a statement|told reporters|news agency|official website|redistributed|syndicat(ed|ion)\b|solely responsible for|also available in|did not take questions|brief you|official sources|\bYonhap\b|\bReuters\b|\(AFP\)\s*[-—–]|\bAFP\s*[-—–|]|\b(told|reported by|according to) AFP\b|[-—–]\s*AFP\b|reporter\b|@)", RegexOptions.IgnoreCase)]
    private static partial Regex NewsAttribution();

    // The site's own notices: cookie banners, privacy policy, "secure websites use HTTPS", a government domain
    // banner, Australian government pages' acknowledgement of Country, the Korean public-licence (공공누리) line,
    // page-satisfaction survey and "photos can be downloaded from ..." (내려받으실 수 있습니다); a press office's contact line
    // and the Korean footer naming the division that wrote the release (이 자료는 ...과에서 작성한 것입니다);
    // "If you continue browsing, ..."; "The full text of the Joint Press Statement is available on ...", "Excerpts from
    // it are reproduced below": where the text is, not what it says. "General public inquiries: Europe Direct by phone
    // ...", "All content is in the public domain unless otherwise stated": the page's contact and licence lines.
    // A republisher's notes: "Please cite ... when reproducing articles", "Reproduction does not imply endorsement", "Spelling left as in the original", "Archive maintained for research".
    // "(Attachment) Photos of the meeting 1 copy." and the Korea Open Government Licence (KOGL) note are the page's.
    // "Licence No. 1234/GP-TTĐT.": a news portal's press licence in its footer.
    // "Site is hosted by National Informatics Centre", "Information is provided and updated by ...": a portal's footer; a
    // caption ending in its photo credit ("... at the talks in Hanoi. (Photo: VNA)") describes a picture.
    // "Follow ISED on social media.": the publisher's channels; "please refer to the readout released by ...": a spokesperson
    // pointing at the account, not giving one.
    [GeneratedRegex(@"\bplease refer to the (readout|press release|news release|statement)\b|\bfollow (us|(the |our )?[\w.\-]{2,30}) on (social media|twitter|x|facebook|instagram|linkedin|youtube)\b|\b(cookies?|continue browsing|full text of the [^.]{1,60} is available|excerpts? (from|of) [^.]{1,60} (are|is) reproduced|(a|the) joint (press )?statement was (issued|released)|privacy (policy|notice|statement)|https\b|https?://|(go\.)?gov\.(sg|uk|au)\b|acknowledges? (the )?traditional (owners|custodians)|\belders,? past,? (and|&) present\b|contents?( (on|of) this (web ?)?(site|portal|page))? (is |are )?(published and |jointly )?(owned|maintained|managed|provided|published)\b[^.]{0,40}\bby\b|\bbelongs to www\.|without (prior )?written authori[sz]ation|(republished|reproduced|redistributed) (or used )?in any form|(published|available) under (the|a) [^.]{0,40}licen[cs]e|\bcc by\b|creative commons|\bwhen (reproducing|republishing|reprinting)\b|contact (the|our) [^.]{0,40}\b(communications?|press|media) (team|office|unit)\b|monitored 24 hours|\b(media|press|public|general( public)?) (inquiries|enquiries)\s*:|in the public domain unless|\bkogl\b|open government licen[cs]e|attachments?\)|does not (imply|constitute|signify|mean) (an? )?endorsement|(left|kept|retained|reproduced) as in the original\b|archived? (is )?maintained for (research|reference|archival)|\b(web ?site|site|portal) is (designed|developed|hosted|maintained|managed|owned)( and [a-z]+)? by\b|\binformation (is )?(provided|published|updated)( and (provided|published|updated))? by\b|\((photo|photos|image|picture)( credit)?\s*(:|by)\s*[^)]{1,40}\)\s*$|^\s*(\(?(press|publishing|operating|electronic|e-?)\s*)?licen[cs]e (no|number)\b)|공공누리|누리집|만족하십니까|내려\s*받으실|다운로드|이\s*(보도\s*)?자료는\s*[^.]{0,40}(작성|배포|제공)한\s*것", RegexOptions.IgnoreCase)]
    private static partial Regex SiteNotice();

    [GeneratedRegex(@"^[-–—]\s+\S.*\s[-–—]$")]
    private static partial Regex Subtitle();

    // "Two-way trade exceeded 180 billion USD last year, according to Vietnamese customs data": the reporter's (or the
    // page's) background from published statistics, not a point either side made in the talks.
    [GeneratedRegex(@"\baccording to (the )?([\p{L}\-']+ ){0,4}(data|statistics|figures)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatisticsBackground();

    // "Relations between the two countries go back more than 160 years, to the treaty of friendship ...", "The bilateral
    // defence relationship is underpinned by the 1990 Memorandum ...": the relationship's history and foundations, the
    // page's background, not a point of these talks.
    [GeneratedRegex(@"\b(relations|ties|relationship|friendship|partnership)\b[^.;]{0,60}\b(go(es)? back|went back|date(s)? back|dating back|trace(s|d)? (its|their) (roots|origins)|(is|are|was|were) (underpinned|anchored|founded) (by|on|in))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelationshipHistory();

    // "In a press release on Dec 4, the Ministry said ...": where the story found the words, cut off by its comma.
    // "The following is a partial transcript of the Q&A session with ...": the page announcing what comes next.
    [GeneratedRegex(@"^in (a|an|its|the|their) ([\w-]+ ){0,2}(press release|statement|readout|news release|media release|post)\b[^,;.]{0,40}$|^the following (is|are) (an? |the )?(partial |full |unofficial |edited )?(transcripts?|text|excerpts?|summary|translation)\b[^;]{0,160}$", RegexOptions.IgnoreCase)]
    private static partial Regex PublicationFrame();

    // "The meeting ... was held in a warm and friendly atmosphere": how the talks felt, said of every meeting.
    [GeneratedRegex(@"\b(held|took place|conducted|proceeded|passed) in an? ((warm|friendly|cordial|candid|constructive|open|frank|sincere|positive|productive),? (and )?){1,3}atmosphere\b", RegexOptions.IgnoreCase)]
    private static partial Regex Atmosphere();

    // Season's and New Year's greetings, wherever the clause puts them ("At the outset, the Minister extended his New
    // Year's greetings and ..."): a courtesy, however it is introduced.
    // "다시 만나게 되어 매우 반갑다고 인사를 건넸습니다": glad to meet again, said in greeting.
    // "Good evening and thank you for joining us.": a briefer's opening.
    [GeneratedRegex(@"\b(extended|conveyed|sent|exchanged|offered|delivered)\s+([\w'’]+\s+){0,5}greetings\b|\bgood (morning|afternoon|evening),? (and |everyone[.,]? )?(thank you|thanks) (all )?for (joining|coming|being here)\b|새해\s*인사|반갑다(고|며)[^.]{0,10}인사|인사를\s*(건넸|건네|나눴|나누)", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    // A spokesperson's spoken briefing announcing itself: "오늘 오전 있었던 한미 정상 통화 결과에 대해 말씀드리겠습니다"
    // (or "... 통화 결과를 말씀드리겠습니다"); taking questions ("I'll take a few questions", "질문만 받도록 하겠습니다"),
    // "Let me brief you on the outcome of the call": the frame of the account, not a point in it.
    [GeneratedRegex(@"(에\s*대해(서)?|관련(해|하여)?|관하여|(결과|내용)(를|을))\s*(말씀|브리핑|설명)(을\s*)?\s*(해\s*)?드리겠습니다|^안녕하십니까|질문(만|을|은)?\s*받(도록|겠)|\b(let me|i will|i'd like to|i would like to) (now )?(brief you on|tell you about|read out|give you a readout of)\b|\b(i'll|i will|let me) (now )?take (a few |your |some )?questions\b", RegexOptions.IgnoreCase)]
    private static partial Regex BriefingFrame();

    // "Wang, also a member of the Political Bureau of the CPC Central Committee": the speaker's titles, cut off by the
    // comma before "said"; who he is, not what was said.
    [GeneratedRegex(@"^\p{Lu}[\p{L}'\-]+( \p{Lu}[\p{L}'\-]+)?, (also |who is also )?(a |the )?(member|head|chief|director|secretary|minister|chairman|chair)\b[^,;]*$")]
    private static partial Regex TitleAppositive();

    // "Particular attention was paid to the preparation of forthcoming contacts at the highest level", "make thorough
    // preparations for the next stage of high-level exchanges": readying the next meeting is the diary, not a point.
    [GeneratedRegex(@"\bprepar(e|es|ed|ing|ations?) (well |carefully |thoroughly )?(for|of) (the )?(next|upcoming|forthcoming|coming)( stage of| round of)? ((high-level|highest-level|top-level) (exchanges|contacts|interactions)|(exchanges|contacts|interactions) at the highest level)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextMeetingPreparation();

    /// <summary>"including through the Japan-U.S. Security Consultative Committee ("2+2")" after "concurred to maintain close
    /// communication at all levels": the channels of that courtesy, not a point of their own.</summary>
    public static bool ContinuesCourtesy(string previousClause, string clause) => IsCourtesy(previousClause.Trim()) && ChannelsOfIt().IsMatch(clause.Trim());

    [GeneratedRegex(@"^including (through|via|at|in|by)\b")]
    private static partial Regex ChannelsOfIt();

    static bool IsCourtesy(string s) => NextMeetingPreparation().IsMatch(s) || Courtesy().IsMatch(s) || KoreanCourtesy().IsMatch(s) || Congratulations().IsMatch(s) || WishesSuccess().IsMatch(s) || ThanksForTheVisit().IsMatch(s)
        || KeepInTouch().IsMatch(s) || KeepInTouchNamed().IsMatch(s) || RelationsPraised().IsMatch(s) || WarServiceHonoured().IsMatch(s);

    // "thanked the Philippines for the 7,400 soldiers who fought alongside Korean troops during the Korean War", "6·25전쟁
    // 참전에 사의를 표했다": gratitude for a war fought together long ago, a courtesy of the visit, not a point of it.
    [GeneratedRegex(@"\b(thank(ed|s)?|gratitude|appreciation|tribute|honou?r(ed|s)?)\b[^.;]{0,160}\b(fought|served|sacrifices?|veterans|participat[a-z]*|sent (troops|soldiers|forces))\b[^.;]{0,100}\b(korean war|world war (i|ii|one|two)|second world war)\b|(6[·.]\s*25|한국)\s*전쟁[^.]{0,30}(참전|희생|파병)[^.]{0,30}(감사|사의|경의)", RegexOptions.IgnoreCase)]
    private static partial Regex WarServiceHonoured();

    // "expressed his delight at the strong and comprehensive development of the Viet Nam - RoK Comprehensive Strategic
    // Partnership": praise for how the relationship is going, whoever gives it, commits to nothing.
    // "President Lee said the RoK regards Viet Nam as one of its most important partners in ASEAN and wishes to grow together
    // with Viet Nam": what the counterpart is to the speaker, a compliment.
    [GeneratedRegex(@"\bexpressed (his |her |their )?(great )?(delight|pleasure|satisfaction|joy) (at|with|over) the ([\w\-]+ ){0,4}(development|progress|growth|momentum|state) of (the |bilateral )?[^.;]{0,80}\b(relations|relationship|partnership|ties|friendship)\.?$|\b(regards?|regarded|considers?|considered|sees|saw|views?|viewed) [^.;]{1,40} as (one of )?(its|their|his|her|our|a|an) (most )?(important|key|reliable|trusted|close|closest|valued|core|indispensable|essential|priority) (partners?|friends?|neighbou?rs?)( in [A-Z][\p{L}\-]+( [A-Z][\p{L}\-]+)?)?( and (wishes|hopes|wants) to [^.;]{1,60})?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex RelationsPraised();

    // "The Foreign Secretary and Foreign Minister Cho agreed to maintain close contact ahead of the Strategic Dialogue later
    // this year": the same courtesy with the ministers named, as the Korean below (앞두고 ... 긴밀히 소통해 나가기로) is.
    [GeneratedRegex(@"^([\p{Lu}][\p{L}'’.\-]*\s+|(and|of|the)\s+){1,10}(also\s+)?(agreed|concurred|decided) to (maintain|continue|remain in|keep) (close |regular |frequent )?(communication|contact|contacts|in contact|exchanges)( ahead of [^.;]{1,80})?\.?$")]
    private static partial Regex KeepInTouchNamed();

    // "앞으로도 정상 간 긴밀한 소통을 이어가기로 했습니다": Korean for "agreed to continue close communication", the
    // courtesy Courtesy() knows in English; "... 정상회의를 앞두고 각급에서 긴밀히 소통해 나가기로" (ahead of a meeting, at
    // every level) too, and "... 상호 방문과 전화 통화 등을 통해 각급에서 긴밀한 소통을 지속해 나가기로" (through visits and calls).
    [GeneratedRegex(@"^(([가-힣]+\s+)?[가-힣]+[은는]\s*)?([^.]{0,40}?(앞두고|계기로)\s*)?(앞으로도?\s*)?(([가-힣]+\s*간|각급\s*(에서|차원에서)|[가-힣·\s]{2,30}?등(을|을\s*)?\s*통해)\s*){0,3}(긴밀한|긴밀히|긴밀하게|지속적인|지속적으로|활발한|원활한)\s*소통(을|해|하며)\s*(계속\s*)?(이어\s*가기로|이어\s*나가기로|유지하기로|유지해\s*나가기로|지속하기로|지속해\s*나가기로|해\s*나가기로|나가기로)\s*(했|하였|합의)[가-힣]*[.]?$")]
    private static partial Regex KeepInTouch();

    // "The President of the Republic thanked Prime Minister Modi for his visit": whoever thanks, thanks for the visit or
    // the welcome alone are a courtesy (Courtesy() knows only the two sides as subject).
    // "President Lee expressed his gratitude for the warm welcome extended by the British Government" too.
    [GeneratedRegex(@"^([\p{Lu}][\p{L}'’.\-]*\s+|(of|the)\s+){1,8}(thanked\s+([\p{Lu}][\p{L}'’.\-]*\s+|(of|the)\s+){1,6}|expressed (his |her |their )?(gratitude|appreciation|thanks) (to\s+([\p{Lu}][\p{L}'’.\-]*\s+|(of|the)\s+){1,6})?)for (his|her|their|the) (warm |kind |gracious )?(visit|hospitality|welcome|invitation|reception)( extended by [^,;.]{1,80})?\.?$")]
    private static partial Regex ThanksForTheVisit();

    // "President Lee extended his warm congratulations to To Lam on his re-election": whoever the subject is.
    [GeneratedRegex(@"\b(extended|conveyed|offered|sent) (his |her |their )?(warm(est)? |sincere |hearty )?congratulations\b", RegexOptions.IgnoreCase)]
    private static partial Regex Congratulations();

    // "said the U.S. side supports a successful Economic Leaders' Meeting", "hopes the leaders' meeting ... will be a
    // success": wishing the host's meeting well, whoever the subject is.
    [GeneratedRegex(@"\bhopes? [^.;]{0,80}\bwill be a (great |full )?success\b|\b(supports?|supported|wish(es|ed)?) (for )?(a|the) successful (hosting|meeting|summit|conference|leaders'? meeting|[\w'\-]+ (leaders'? )?(meeting|summit|conference|year))\b", RegexOptions.IgnoreCase)]
    private static partial Regex WishesSuccess();

    // Korean puts the verb last: a clause that ends "...를 성공적으로 개최한 것을 축하하였다" is "congratulated ... on
    // hosting ...", a courtesy as the English clause that opens with "congratulated" is. The clause, not the sentence:
    // the verb ends only its own clause. 축하 as a word of its own: "체계를 구축하기로 하였다" (agreed to build a framework)
    // and 단축하다, 비축하다 hold the same two syllables.
    [GeneratedRegex(@"(?<![가-힣])축하[가-힣\s]{0,8}(다|고|며|면서)[.,]?\s*$")]
    private static partial Regex KoreanCourtesy();

    // "looked forward to the next Annual Summit" names an event (a summit, a 2+2), as "we look forward to the Quad
    // Leaders' Summit" does: the same point in either tense, which the other side's words may need to answer. Looking
    // forward to a visit stays a courtesy (Round19Tests), as does looking forward alone. "agreed to maintain communication
    // on the import of Japanese aquatic products" keeps talking about a subject: a point, not the courtesy.
    // "Minister Anand congratulated Korea on a successful APEC Leaders' Meeting": a congratulation, whoever gives it.
    [GeneratedRegex(@"^(\d{1,2}[.)]\s*)?((President|Minister|Secretary|Chancellor|Prime Minister|Foreign Minister)\s+)?\p{Lu}[\p{L}'’\-]+(\s+\p{Lu}[\p{L}'’\-]+)?\s+(also\s+)?congratulated\b|^(the two (sides|ministers|leaders)|both sides|they|양측은|양 장관은)?\s*(exchanged (views|opinions)(?=\s*(on|about)\s+(the\s+)?(regional|international|global|bilateral|a (wide |broad )?range|various|other|issues|matters|topics|questions)\b|\s*[.,;]|\s*$)|congratulated|(thanked|expressed (gratitude|appreciation|thanks))(?![^.;]*\bfor\b(?![^.;]{0,60}\b(hospitality|hosting|host|welcome|invitation|reception|kind|warm|congratulat|condolences?|sympathy|call|visit|arrangements|wishes|opportunity|meeting|talks)\b))|looked forward(?! to (further )?(strengthening|deepening|expanding|enhancing|advancing|building on|cooperating|concluding|finali[sz]ing|implementing)\b)(?! to [^.;]{0,60}\b(summit|2\s*\+\s*2)\b)|(agreed|concurred|decided) to (maintain|continue|remain in|keep) (close |regular |frequent )?(communication|contact|contacts|in contact|exchanges)(?!\s+(on|about|regarding|concerning|over)\s+(?!(the\s+)?(regional|international|global|bilateral|various|other|issues|matters|topics|questions|a (wide |broad )?range|all levels|(the )?(matter|issue)\b))\w)|의견을 교환|축하)", RegexOptions.IgnoreCase)]
    private static partial Regex Courtesy();
}
