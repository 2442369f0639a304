using System.Text.RegularExpressions;

namespace Divergence.Analysis.Text;

/// <summary>
/// A briefing given on the engagement itself, by the issuer's spokesperson or a senior official ("Transcript of Special
/// Briefing by Foreign Secretary on the visit of ...", "한미 정상 통화 결과 관련 대변인 브리핑"), its questions and answers
/// printed under the release or forming the page. Unlike a regular briefing appended to a readout, an answer to a question
/// about the engagement ("Was the issue of ... raised?", "통화에서 ... 거론됐습니까?") is the issuer's account of it; an
/// answer to a question on anything else ("내일 일정은 어떻게 됩니까?") stays debris, as every question does.
/// </summary>
public static partial class EngagementBriefing
{
    /// <summary>The page has questions, and a heading before the first of them announces a briefing on the engagement.</summary>
    public static bool Detect(string text)
    {
        var heading = false;
        foreach (var line in text.Split('\n'))
        {
            if (IsQuestionLine(line)) return heading;
            heading |= !Boilerplate.IsBulletItem(line) && !NeighbourLink().IsMatch(line) && Heading().IsMatch(line);
        }
        return false;
    }

    /// <summary>"Question (Name, Outlet): ...", "○ 기자: ...", or a line that ends asking: a reporter's question.</summary>
    public static bool IsQuestionLine(string line)
    {
        var s = line.Trim();
        return s.Length > 0 && (QuestionLabel().IsMatch(s) || s.EndsWith('?') || KoreanQuestion().IsMatch(s));
    }

    // "- 과거사 문제도 거론됐나.", "- 협의체는 어떤 성격인가.": a reporter's question in the plain style, closed by a full stop.
    [GeneratedRegex(@"^[-–○◦·]\s*[^\n""“]{2,120}[가-힣](?<!으)(나|인가|는가|습니까|입니까)\s*[.?]?$")]
    private static partial Regex KoreanQuestion();

    /// <summary>A question about what was said or done at the engagement, so the answer reports it.</summary>
    public static bool AsksAboutEngagement(string question) => AboutEngagement().IsMatch(question) && !Apart().IsMatch(question);

    // "통화 내용과 별개로, ...", "Apart from the talks, ...": the question names the engagement to leave it.
    [GeneratedRegex(@"별개로|관계없이|상관없이|\b(apart from|unrelated to|separately from|aside from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Apart();

    /// <summary>A heading line of the briefing itself ("Transcript of Special Briefing ..."), not a point in it.</summary>
    public static bool IsHeading(string line) => Heading().IsMatch(line) && !line.TrimEnd().EndsWith('.');

    /// <summary>An answer that names its subject only as the question's: "this issue", "이 문제", "해당 사안".</summary>
    public static bool ReferencesQuestion(string answer) => QuestionsSubject().IsMatch(answer);

    // "As for the facilities you mentioned, ...": the reporter's words taken up.
    [GeneratedRegex(@"\b(this|that|the) (issue|matter|question|subject)\b|\b(the|these|those) [a-z]+( [a-z]+)? you (mentioned|referred to|asked about)\b|(?<![가-힣])(이|그|해당|동)\s*(문제|사안|현안|사항)", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionsSubject();

    /// <summary>Where the answer's words start after its speaker's label ("Official Spokesperson, Shri ...: ",
    /// "○ 강유정 대변인: "), else 0.</summary>
    public static int AnswerTextAt(string sentence) => SpeakerLabel().Match(sentence) is { Success: true } m ? m.Length : 0;

    // English: a special briefing, or a briefing on the outcome/results of (or "on the visit/meeting/call"). Korean: a
    // briefing on the results of a summit, talks or call ("정상회담 결과 관련 ... 브리핑", "... 총리와 통화 관련 대변인
    // 서면브리핑"), a senior official's backgrounder right after it ("회담 직후 ... 고위관계자 백브리핑"), or a briefing titled by the
    // summit or call it reports ("[서면 브리핑] 이재명 대통령, ... 총리와 한일 정상회담"); a regular briefing (정례) is not.
    // "Foreign Ministry Spokesperson ... Answers Questions on Wang Yi's Meeting with ...": the page answers questions on
    // the engagement alone. "Press Secretary ... remarks to reporters at the White House following the meeting": the same,
    // an excerpt of what she answered right after it.
    [GeneratedRegex(@"\banswers? (to )?(media |journalists' |reporters' )?questions (on|about|regarding) [^\n]{0,80}\b(visit|meeting|talks|call|summit)\b|\bspecial (media )?briefing\b|\bremarks (to (reporters|the press|the media|journalists)|at a press [a-z]+)\b[^\n]{0,80}\b(following|after) (the|their|his|her|today's) (meeting|talks|call|summit|visit)\b|\bbriefing (by [^\n]{0,80}?)?on (the )?(outcomes?|results?) of\b|\bbriefing (by [^\n]{0,80}?)?on [^\n]{0,40}\b(visit|meeting|talks|call|summit)\b|(회담|통화|회의|방문|순방)[^\n]{0,8}결과[^\n]{0,30}브리핑|(정상\s*회담|통화|회담)\s*관련[^\n]{0,30}브리핑|(회담|통화|방문|회의)\s*(직후|이후|후)[^\n]{0,60}(백\s*)?브리핑|고위\s*관계자[^\n]{0,20}백\s*브리핑|\bbackground (press )?(briefing|call) (by [^\n]{0,80}?)?on\b[^\n]{0,60}\b(visit|meeting|talks|call|summit)\b|^(?![^\n]*정례)\s*\[[^\]\n]{0,6}브리핑\][^\n]{0,60}(정상\s*회담|정상\s*통화|전화\s*통화|회담)(\s*(결과|관련))?\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Heading();

    // "이전글 ... 결과 브리핑", "Next: ...": a neighbouring page's title, not this page's heading.
    [GeneratedRegex(@"^\s*(이전\s*글|다음\s*글|previous|next|related|관련)", RegexOptions.IgnoreCase)]
    private static partial Regex NeighbourLink();

    [GeneratedRegex(@"^([○◦•·\-]\s*)?(q\s*[:.]|question\s*(\([^)\n]{1,60}\)\s*)?:|journalist\s*:|reporter\s*:|기자\s*:|문\s*:|질문\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionLabel();

    // "Was there any progress on ...?", "Did they reach an agreement on ...?": the talks' outcome.
    // The engagement named, or a past act at it: raised, discussed, taken up, agreed; "거론됐", "논의됐", "합의된", "제시했".
    [GeneratedRegex(@"\b(any )?progress (on|in|toward)\b|\b(reach(ed)?|any|an) (agreement|understanding|deal) (on|about|over)\b|\b(raised?|discuss(ed|ion)?|(take|took|taken) up|(come|came) up|brought up|agreed|mention(ed)?|talk(ed)? about|the (meeting|talks|call|visit|summit|conversation|dialogue))\b|\b(side|sides) (say|said|raise|convey|propose|seek|ask)|회담|통화|(거론|논의|언급|합의|제기|제시|요청|요구|제안|협의)(됐|되었|된(?!다)|했|하였|이\s*있었|가\s*있었|도\s*있었)|다뤄(졌|지)", RegexOptions.IgnoreCase)]
    private static partial Regex AboutEngagement();

    // A speaker's label: titles and a name before a colon, no sentence in it; "MS. LEAVITT:", a transcript's courtesy title
    // and surname in capitals.
    [GeneratedRegex(@"^\s*([○◦•·\-]\s*)?(a\s*(:|\.(?=\s))|answer\s*:|답\s*:|(?=[^:\n]{0,70}\b(spokes(person|woman|man)|secretary|minister|ambassador|shri|official)\b)[\p{L}.,'’ ()\-]{2,70}:|[\p{L}]{2,4}\s*(대변인|장관|차관|실장|수석|비서관|대사)\s*:|대변인\s*:|" + PressAppearance.BriefersName + @"\s*:)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerLabel();
}
