using System.Text.RegularExpressions;

namespace Divergence.Analysis.Text;

/// <summary>
/// Excerpts of the spokesperson's regular press conference printed under a readout ("Foreign Ministry Spokesperson ...'s
/// Regular Press Conference (excerpts)"). Most answers there are on other subjects and stay debris; an answer to a
/// question on this engagement ("... held talks with ... this afternoon. What is China's response?", "Did the two foreign
/// ministers discuss Japan during the talks?") is the issuer's account of it, as it is in a briefing on the engagement.
/// Stricter than <see cref="EngagementBriefing.AsksAboutEngagement"/>: a regular conference takes questions on every
/// meeting in the news, so the question must point at this one.
/// </summary>
public static partial class RegularBriefing
{
    public static bool AsksAboutThisEngagement(string question) => ThisEngagement().IsMatch(question) && EngagementBriefing.AsksAboutEngagement(question);

    /// <summary>Where an answer's words start after a bare speaker's name ("Guo Jiakun: "), else 0.</summary>
    public static int AnswerTextAt(string sentence) =>
        EngagementBriefing.AnswerTextAt(sentence) is > 0 and var at ? at : BareName().Match(sentence) is { Success: true } m ? m.Length : 0;

    // "during the talks", "the two foreign ministers", "held talks with ... this afternoon": this engagement, not one
    // elsewhere in the week's news.
    [GeneratedRegex(@"\b(during|at|in|on) (the|today's|their|this|yesterday's) (talks|meeting|call|phone call|conversation|visit)\b|\bthe two (foreign ministers|ministers|leaders|presidents|sides|heads of state)\b|\b(held|had) (talks|a meeting|a (phone |telephone |video )?call|a conversation) with\b[^?]{0,100}\b(this (morning|afternoon|evening)|today|yesterday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThisEngagement();

    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}'’\-]+( \p{Lu}[\p{L}'’\-]+){0,3}\s*:\s+")]
    private static partial Regex BareName();
}
