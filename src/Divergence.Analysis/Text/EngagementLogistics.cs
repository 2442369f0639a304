using System.Text.RegularExpressions;

namespace Divergence.Analysis.Text;

/// <summary>
/// The sentence that reports the engagement itself ("held a summit with ... in Gyeongju, on the occasion of
/// APEC"): who met whom, where and when. Its "summit" or "APEC" is the setting, not a point either side made,
/// so it is never compared, unless it also carries a point (agreed, discussed, stressed ...). Decided per sentence
/// and per clause: "held talks with ... (and) agreed ..." keeps its point in the second clause.
/// </summary>
public static partial class EngagementLogistics
{
    public static bool Is(string sentence) =>
        Particulars().IsMatch(sentence) || (Meeting().IsMatch(sentence) && !Point().IsMatch(sentence)) || CourtesyCall(sentence) || PriorMeeting().IsMatch(sentence.Trim()) || MeetingAgain().IsMatch(sentence) || FirstSince().IsMatch(sentence)
        || Delegation().IsMatch(sentence.Trim()) || Duration().IsMatch(sentence.Trim()) || (PastVisitAssessed().IsMatch(sentence) && !Point().IsMatch(sentence))
        || ScheduledMeal().IsMatch(sentence) || Itinerary().IsMatch(sentence.Trim()) || HoursAndMeal().IsMatch(sentence.Trim())
        || (Ceremony().IsMatch(sentence) && !Point().IsMatch(sentence));

    // "After the meeting, the ministers laid a wreath at the Monument to the Warsaw Uprising.", "현충원을 참배했다": a
    // ceremony of the visit, its programme.
    [GeneratedRegex(@"\b(laid|lay|lays|laying) (a |the )?wreaths?\b|\bwreath[- ]laying\b|(헌화|참배)(했|하였|하고|하며)", RegexOptions.IgnoreCase)]
    private static partial Regex Ceremony();

    // "3. Attendees: Minister of Defense ...; Minister of National Defense ...", "Venue: ...": an overview's particulars of
    // the meeting, whatever follows the colon.
    [GeneratedRegex(@"^\s*(\d{1,2}[.)]\s*)?(attendees|participants|attendance|date and time|date|time|venue|place|location)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Particulars();

    // "During the visit, EAM is also scheduled to meet senior members of Congress and interact with the Indian community",
    // "He is also scheduled to visit the Navy headquarters": the rest of the visitor's programme, as in Korean below.
    [GeneratedRegex(@"^(\d{1,2}[.)]\s*)?(During (the|his|her|their) (visit|stay|trip), )?(\p{Lu}[\w.'’\-]*( \p{Lu}[\w.'’\-]*){0,3}|He|She|They) (is|are) (also )?(scheduled|expected|due|set) to (meet|visit|call on|interact|address|tour|travel|lay)\b")]
    private static partial Regex Itinerary();

    // "회담 이후에는 ... 대표들과 만찬을 함께할 예정입니다": the rest of the day's programme (a meal, a meeting with
    // residents), announced in the future tense by the briefer; the diary, not a point.
    [GeneratedRegex(@"(만찬|오찬|조찬|간담회|리셉션)(을|를)?\s*(함께\s*)?(할|가질|개최할|주재할|참석할)\s*예정(입니다|이다|이며)")]
    private static partial Regex ScheduledMeal();

    // "President Trump's state visit to China in April was of great significance": a past visit judged a success is
    // the relationship's history, as a recalled meeting is; the visit still to come ("will pay a state visit") is a point.
    [GeneratedRegex(@"\b(visit|trip)s?\b[^.;,]{0,60}\b(was|were|has been|had been) (a |an )?((great|resounding|complete|historic|important|landmark|major|full) )?(of (great|historic|major|profound|special|far-reaching) (significance|importance)|success|milestone|(highly |very |truly |most )?(successful|fruitful|productive|significant|historic|memorable))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastVisitAssessed();

    // "The talks at the Villa Borsig lasted more than four hours and were followed by a working dinner.": how long they
    // met, and the meal after, is the meeting's shape, as its venue is ("took place at the ministry for about one hour").
    [GeneratedRegex(@"^(The|Their) (talks|meeting|call|conversation|discussions?|consultations)( [^.;,]{1,40})? ((lasted|ran|went on)|(took place|was held|were held) (at|in) [^.;,]{1,60}) (for )?((more than|about|nearly|over|some|around|almost|roughly|just over|well over) )?[\w\-]+ (hours?|minutes)( and (were|was) followed by an? ([\w\-]+ )?(lunch|luncheon|dinner|breakfast|reception))?\.?$")]
    private static partial Regex Duration();

    // "took place from 10 a.m. to 12:30 p.m. and was followed by a working lunch", "The talks were followed by a lunch
    // hosted by Prime Minister in honour of the visiting dignitary.": the hours the meeting ran and the meal after it are
    // its shape, as its length is (Duration).
    [GeneratedRegex(@"^((the|their) [\w\- ]{0,40}(talks|meeting|call|dialogue|discussions?|consultations),? )?(took place|was held|were held|ran|lasted) from \d{1,2}([:.]\d{2})? ?([ap]\.?m\.?)? (to|until) \d{1,2}([:.]\d{2})? ?([ap]\.?m\.?)?( and (was|were) followed by an? ([\w\-]+ )?(lunch|luncheon|dinner|breakfast|reception))?\.?$|^(the|their) [\w\- ]{0,40}(talks|meeting|call|dialogue|discussions?|consultations) (was|were) followed by an? ([\w\-]+ )?(lunch|luncheon|dinner|breakfast|reception)( (hosted|given|offered) by [^.;]{1,80})?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex HoursAndMeal();

    // "Teodoro was joined by Undersecretary Espino and senior officials of the AFP", "The Information Minister and senior
    // officials were also present.": who sat at the table is the meeting's attendance, not a point.
    [GeneratedRegex(@"^(\p{Lu}[\p{L}.'\-]*\s+){1,4}(was|were) (also )?(joined|accompanied|assisted) by\b|^(The |His |Her )?([\w\-]+ ){0,3}delegation(s)? (also )?(included|comprised|was (composed|made up) of)\b|\b(was|were) (also )?(present|in attendance)\.?$|\balso (attended|took part in|participated in) the (meeting|talks|call)\.?$|\b(the )?(meeting|talks|call) (was|were) (also )?attended by\b")]
    private static partial Regex Delegation();

    // "두 정상 간 통화는 지난해 10월 경주 정상회담 이후 처음입니다", "... 이후 약 석 달 만에 열린 것으로" (months in
    // digits or words), "It was their first call since ...": how long since
    // they last met is the engagement's history, not a point.
    [GeneratedRegex(@"(통화|회담|회의|면담|방문|방한|만남)(은|는)\s*[^.]{0,50}이후\s*(처음|(약\s*)?(\d+|한|두|석|세|넉|네|다섯|여섯)\s*(개월|년|달)\s*만)|\b(was|is|marks?|marked) (the|their|his|her) first ([\w\-]+ ){0,2}(call|meeting|talks|visit|conversation|summit) since\b")]
    private static partial Regex FirstSince();

    // "Building on their in-person meeting in Kuala Lumpur last fall,": a clause that only recalls an earlier
    // meeting places this one in its history; what they then discussed is the point.
    [GeneratedRegex(@"^(Building on|Following( up on)?|Recalling) (their|the|his|her) ([\w\-]+ ){0,2}(meeting|talks|call|conversation|summit)s? (in|at) [A-Z][\p{L}\- ]{0,40}( (last|in|on) [\w ]{1,20})?,?$")]
    private static partial Regex PriorMeeting();

    // "stated that she was delighted to meet President Trump again following his visit to Japan last October": the
    // pleasure of meeting again, and the visit it recalls, is the relationship's history, not a point.
    [GeneratedRegex(@"\b(delighted|pleased|glad|happy) to (meet|see|speak with|talk with|welcome) [^.;]{1,60}\bagain\b( (following|after|since) (his|her|their|the) ([\w\-]+ ){0,2}(visit|meeting|talks|summit|call|trip)[^.;]{0,60})?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingAgain();

    /// <summary>"During the visit, the Minister also called on (or "will call on") the Prime Minister and met members of the community":
    /// the visit's programme, not a point of the talks. "Called on the Minister to release ..." is a demand and stays;
    /// so does a call that goes on to a point ("called on the President and discussed ...").</summary>
    static bool CourtesyCall(string clause)
    {
        var call = CalledOn().Match(clause);
        if (!call.Success || Demand().IsMatch(clause)) return false;
        var rest = clause.Remove(call.Index, call.Length);
        return !Point().IsMatch(rest);
    }

    [GeneratedRegex(@"\b(called|will (also )?call|is (also )?(to|scheduled to|expected to) call) on (the )?([A-Z][\p{L}.\-]+ ){0,2}(President|Prime Minister|Premier|Chancellor|Vice|Secretary|Minister|Speaker|King|Crown Prince|Governor|Chief|Mr\.?|Ms\.?|Dr\.?)\b")]
    private static partial Regex CalledOn();

    [GeneratedRegex(@"\bcalled on [^.;]{0,100}?\bto (?!the\b|a\b|an\b)[a-z]+")]
    private static partial Regex Demand();

    /// <summary>"Minister Motegi warmly welcomed Deputy Prime Minister Tajani's visit to Japan in this year": the
    /// host welcoming the guest's present visit is the engagement itself, a courtesy. A visit still to come
    /// ("welcomed President X's upcoming visit") is a point and stays.</summary>
    public static bool WelcomesVisit(string clause) =>
        ((VisitWelcome().IsMatch(clause.Trim()) || GuestWelcome().IsMatch(clause.Trim())) && !FutureVisit().IsMatch(clause))
        || KoreanVisitWelcome().IsMatch(clause.Trim());

    /// <summary>"invited the Prime Minister to visit Korea at a mutually convenient time": the courtesy that closes a
    /// meeting, no date and no plan. Never labelled an omission in the read sets (the invitations with a date or a
    /// purpose are).</summary>
    public static bool InvitesAtConvenientTime(string clause) => ConvenientInvitation().IsMatch(clause);

    // "Minister Kim invited Federal Minister Reiche to visit Korea.": the bare invitation, no date and no purpose, too.
    [GeneratedRegex(@"^([\p{Lu}][\p{L}.\-']*\s+){1,5}(also )?invited ([\p{Lu}][\p{L}.\-']*\s+){1,5}to (visit|come to) [A-Z][\p{L}\-]+( again)?\.?$|\binvit\w*\b[^.;]{0,120}\b(at a|at the|at an?) (mutually )?(convenient|suitable|early and convenient) (time|date)\b|\binvit\w*\b[^.;]{0,120}\bat a time convenient to both\b|편리한\s*시기[^.]{0,30}(초청|초대)|(초청|초대)[^.]{0,30}편리한\s*시기", RegexOptions.IgnoreCase)]
    private static partial Regex ConvenientInvitation();

    // "Welcoming Secretary Rubio on his first official visit to Viet Nam as Secretary of State,": the guest welcomed on the
    // visit under way.
    // "Xi Jinping welcomed Prime Minister Shehbaz Sharif to Beijing after his attendance at the summit in Tianjin": the host
    // receiving the guest in his capital. "Secretary Lazaro welcomed Secretary Rubio on his first visit to Manila ... and
    // thanked him for the warm exchanges they had ...": the same, with thanks for earlier meetings.
    // "Prime Minister Starmer extended a warm welcome to Prime Minister Takaichi on her first visit to the United Kingdom
    // since taking office": the same courtesy as a noun.
    [GeneratedRegex(@"^(\d+\.\s*)?(In )?([Ww]elcoming|[Ww]elcomed) ([\p{L}.\-']+\s+){1,5}(on|for) (his|her|their) ([\w\-]+ ){0,3}(visit|trip) to( the)? [A-Z][\p{L}.\-]+( [A-Z][\p{L}.\-]+)?( as [^,.;]{1,50})?\.?$|^([\p{Lu}][\p{L}.\-']*\s+){1,4}(warmly )?welcomed ([\p{Lu}][\p{L}.\-']*\s+){1,5}to [A-Z][\p{L}\-]+( (after|following|on the occasion of) [^,;]{1,80})?\.?$|^([\p{Lu}][\p{L}.\-']*\s+){1,4}(warmly )?welcomed ([\p{Lu}][\p{L}.\-']*\s+){1,5}(on|for) (his|her|their) ([\w\-]+ ){0,3}(visit|trip) to( the)? [A-Z][\p{L}.\-]+( [A-Z][\p{L}.\-]+)?( as [^,;]{1,50}?)?( and thanked (him|her|them) for (the|their|his|her) (warm|cordial|friendly|productive) [^.;]{1,100})?\.?$|^([\p{Lu}][\p{L}.\-']*\s+){1,4}(extended|gave|offered) (a |his |her |their )?(warm|cordial|hearty|warm and cordial) welcome to ([\p{Lu}][\p{L}.\-']*\s+){1,5}(on|for) (his|her|their) ([\w\-]+ ){0,3}(visit|trip) to( the)? [A-Z][\p{L}.\-]+( [A-Z][\p{L}.\-]+){0,2}( since (taking|assuming) office| as [^,.;]{1,50})?\.?$")]
    private static partial Regex GuestWelcome();

    // "조 장관은 웡 장관의 방한을 환영하고", "회담에 앞서 안 장관은 의장행사를 주관하여 말스 부총리의 방한을 환영했다":
    // the same courtesy with the verb last; 방한/방일/... is the present visit to
    // the host (a visit still to come is 방문을 기대/초청, which this does not match). "트럼프 대통령은 한미 관계가 그 어느 때보다
    // 좋다며 이 대통령의 방미를 환영했습니다": a briefing's polite ending, with the host's compliment on the way.
    [GeneratedRegex(@"^(\d+\.\s*)?([^\s.,]+\s+){0,10}[^\s.,]+의\s+(이번\s+)?(방한|방일|방중|방미|방러|방북)[을를]\s*(진심으로\s*|따뜻이\s*|따뜻하게\s*)?환영(하고|하며|하면서|하였다|했다|합니다|한다|했습니다|하였습니다)?\.?$")]
    private static partial Regex KoreanVisitWelcome();

    [GeneratedRegex(@"^(\d+\.\s*)?([\p{L}.\-']+\s+){0,5}(warmly |also |cordially )?welcomed [^.,;]{0,70}'s (visit|trip) to [A-Z][\p{L}.\-]+( (in|during|this|today)[^,.;]{0,20})?\.?$")]
    private static partial Regex VisitWelcome();

    [GeneratedRegex(@"\b(upcoming|forthcoming|planned|future|next|early)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureVisit();

    // "held talks in restricted and delegation-level formats": the meeting's shape, as "held talks with" is its setting;
    // "held a Foreign Ministers' Meeting and a working dinner at the Iikura Guest House with ...": where, with a meal.
    // "spoke by telephone today with the President of the Republic of Korea": the call itself, as "held a call with"
    // ("... with President Zelenskyy about the path toward ..." names what the call was about: a point).
    [GeneratedRegex(@"\b(spoke|speaks|talked) (by (tele)?phone|on the (tele)?phone|by video ?(link|call)?|via video ?(link|conference)?)( (today|yesterday|on [A-Z][a-z]+))? with\b(?![^.;]*\b(about|regarding|concerning|to discuss)\b)|\b(held|holds|had|co-chaired) (a |an |the |their |his |her )?([\w.\-'()]+ ){0,6}(summit|meeting|talk|call|conversation|dialogue)s?( meeting)?( and an? ([\w\-]+ )?(lunch|luncheon|dinner|breakfast))?( (at|in) [^,.;]{1,60}?)? with\b|\b(were|was) (also )?present (during|at|in) the (meeting|talks|call)\b|\b(held|holds|had) (talks|discussions) in ([\w\-]+ ){1,3}(and ([\w\-]+ ){1,2})?formats?\b|\bmet (with )?[A-Z]|\b(paid|pays|is paying|was on|is on|are on|were on|is currently on) (a |an |his |her |their )?([\w\-]+ ){0,2}visit to [A-Z]|\b(is|was|are|were) in [A-Z][\w\-]+ (on|for) (an? |his |her |their )?([\w\-]+ )?(official|state|working|bilateral) visit\b|\bas part of (his|her|their|the) ([\w\-]+ ){0,2}visit to [A-Z]|^(\d+\.\s*)?(During|In the course of) (the|his|her|this) visit,? [^.]{0,80}\bwill (also )?(meet|call on|interact|visit|address|travel)\b|배석(했습니다|하였다|했다|하였습니다)|\bwith (full )?military honou?rs\b|\b(arrived|arrives|arriving) in [A-Z]|\b(was|were) accorded\b|\barrival honou?rs\b|\bhosted [^.]{0,100}? for (a |an |the )?([\w\-]+ ){0,2}(meeting|talks|dialogue)\b|\b(held|holds|had|co-chaired) (a |an |the |their )?([\w.\-'()]+ ){0,6}(summit|meeting|talks|call|conversation|dialogue) (this (morning|afternoon|evening)|today|yesterday|earlier today)\b|\b(pleased|glad|happy|delighted|honou?red) to (visit|be in|travel to)\b|\bguard of honou?r\b|\bhonou?r guard\b|의장\s*(행사|대)[^.]{0,10}(받|사열)|정상회담을 (가졌|개최|갖고)|(정상\s*)?(전화\s*)?통화를\s*(했|하였|가졌|갖고|진행)|이번\s*(회담|회의|면담|통화|방문)은\s*[^.]{0,60}(열렸|개최되었|개최됐|이루어졌|이뤄졌|진행되었|진행됐)|회담을 (가졌|개최|갖고)|(면담|회의|통화|회담)(을|를) (가졌|갖고)", RegexOptions.IgnoreCase)]
    private static partial Regex Meeting();

    // "하기로" decides; "계기로" ("on the occasion of the spring meetings") only says when.
    [GeneratedRegex(@"\b(agreed|discussed|reaffirmed|confirmed|stressed|underscored|urged|called|raised|emphasi[sz]ed|noted|explained|requested|asked|pledged|committed|expressed|reviewed|exchanged|concurred|welcomed the|announced)\b|(?<!계)기로|강조|재확인|요청|논의|점검|의견을 교환|합의|평가|환영|지지|표명|공감|당부|설명", RegexOptions.IgnoreCase)]
    private static partial Regex Point();
}
