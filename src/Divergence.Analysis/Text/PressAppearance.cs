using System.Text.RegularExpressions;

namespace Divergence.Analysis.Text;

/// <summary>
/// The issuer's own press appearance about the engagement ("statement and answers to media questions following
/// the talks", "remarks to the press", a minister answering under his own name) against a readout with a regular
/// briefing appended. In the first, the answers are the issuer's account and only the questions are debris; in
/// the second, everything from the first question on is debris. Decided from the page: a heading before the first
/// question (an Australian minister's "doorstop" is such an appearance), answers under a named speaker, and no
/// "regular press conference/briefing" heading.
/// </summary>
public static partial class PressAppearance
{
    public static bool Detect(string text)
    {
        if (RegularBriefing().IsMatch(text)) return false;
        var firstQuestion = QuestionLine().Match(text);
        if (!firstQuestion.Success) return false;
        var head = text[..firstQuestion.Index];
        // The title announces answers to questions, or the answers are given under a person's name.
        return AppearanceHeading().IsMatch(head) || NamedAnswer().IsMatch(text[firstQuestion.Index..]);
    }

    /// <summary>A line that asks: "Question: ...", "Q: ...", a reporter's label. In an appearance it is debris.</summary>
    public static bool IsQuestionLine(string line) => QuestionLine().IsMatch(line);

    /// <summary>"MR PIGOTT: Good afternoon, everybody.": a briefer labelled by courtesy title, as a department's transcript
    /// does; no readout is written so.</summary>
    public static bool IsBriefersLine(string line) => BriefersLabel().IsMatch(line);

    [GeneratedRegex(@"^\s*" + BriefersName + @"\s*:")]
    private static partial Regex BriefersLabel();

    /// <summary>"MS. LEAVITT", "MR PIGOTT": a transcript's courtesy title and surname in capitals, the speaker of an answer
    /// (case-sensitive, whatever the pattern it stands in).</summary>
    internal const string BriefersName = @"(?-i:(MRS?|MS)\.? [A-Z][A-Z'\-]+)";

    /// <summary>Where the answer's own words start after a speaker label ("Sergey Lavrov: ", "A: "), else 0.</summary>
    public static int AnswerTextAt(string sentence) =>
        SpeakerLabel().Match(sentence) is { Success: true } m ? m.Length : 0;

    [GeneratedRegex(@"^\s*(q\s*[:.]|question\s*(\([^)\n]{1,60}\)\s*)?:|journalist\s*:|reporter\s*:)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex QuestionLine();

    [GeneratedRegex(@"(answers? to (media |the media's |journalists' |reporters' )?questions|remarks (to the press|to the media|at (a|the) (joint )?press)|press (conference|availability|remarks) (following|after|on the (results|outcome))|joint press (conference|availability)|media availability|doorstep|\bdoorstop\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AppearanceHeading();

    // A reply under two capitalised names, not under "A:" or the spokesperson of a routine briefing ("MR PIGOTT:", a
    // spokesperson by courtesy title, is how a department's transcript labels its briefer).
    [GeneratedRegex(@"^\s*(?!Spokesperson|Answer|Question|Moderator|(?:MRS?|MS|Mrs?|Ms)\.? )[A-Z][\p{L}'\-]+ [A-Z][\p{L}'\-]+\s*:", RegexOptions.Multiline)]
    private static partial Regex NamedAnswer();

    [GeneratedRegex(@"regular (press )?(conference|briefing)|daily (press )?briefing|department press briefing|spokesperson'?s? (regular )?(press )?(conference|briefing)|spokes(person|woman|man)\b[^\n]{0,100}\b(briefing|press conference)|\b(briefing|press conference)\b[^\n]{0,60}\bspokes(person|woman|man)\b|\bpress secretary\b|\bchief cabinet secretary\b", RegexOptions.IgnoreCase)]
    private static partial Regex RegularBriefing();

    // A transcript's capitals label the speaker too: "WONG: ", "PENNY WONG, MINISTER FOR FOREIGN AFFAIRS: ".
    [GeneratedRegex(@"^\s*(a\s*:|answer\s*:|[A-Z][\p{L}'\-]+ [A-Z][\p{L}'\-]+\s*:|[A-Z][A-Z'\-]+( [A-Z][A-Z'\-]+)*(, [A-Z][A-Z' \-]+)?:)\s*")]
    private static partial Regex SpeakerLabel();
}
