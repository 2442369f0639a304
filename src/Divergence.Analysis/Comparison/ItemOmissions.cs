using System.Text.RegularExpressions;
using Divergence.Analysis.Topics;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// A named item inside a topic both sides cover: "cooperation on critical minerals, AI, semiconductors and quantum
/// computing" against an account that lists AI and semiconductors. The topic is shared, so the topic route is
/// silent; the item (from the topic's item list in the taxonomy) appears in no claim of the other account, in either
/// language. One per claim, and never on a claim already reported: the reader sees that clause once.
/// </summary>
static partial class ItemOmissions
{
    /// <summary>Measured on the readable sets before it was added: 10 of 13 such claims overlap a labelled
    /// omission; set at the partly-shared route's 0.6 because those sets were read (docs/analysis-calibration.md).</summary>
    public const double Confidence = 0.6;

    public static IEnumerable<Omission> Of(AccountProfile stating, AccountProfile other, Taxonomy taxonomy, IReadOnlyList<Omission> found)
    {
        var reported = found.Where(o => o.Confidence >= AccountComparer.ReportingConfidence).Select(o => o.Evidence).ToHashSet();
        foreach (var claim in stating.Claims.Where(c => !c.Claim.Setting && !reported.Contains(c.Evidence)))
        {
            foreach (var topicId in claim.Claim.Topics.Where(other.Topics.Contains))
            {
                if (taxonomy.Find(topicId) is not { Items.Count: > 0 } topic) continue;
                // "Patriot Advanced Capability-3" against "PAC-3": the item spelled out inside a model the other side names.
                var missing = topic.Items.FirstOrDefault(i => i.Matcher.Match(claim.Claim.Text) is { Success: true } m
                    && !other.Claims.Any(c => i.Matcher.IsMatch(c.Claim.Text)) && !InsideName(claim.Claim.Text, m)
                    && !(ModelDesignations.SpelledOutAt(claim.Claim.Text, m.Index) is { } model && other.AllModels.Contains(model)));
                if (missing is null) continue;
                // "exchanged views on the situation in Gaza" against an account of the Middle East: a survey names the
                // item and commits to nothing about it, shown only to whoever asks for everything.
                yield return new Omission(stating.Account.Issuer, other.Account.Issuer, topicId, $"{topic.Label}: {missing.Id}",
                    claim.Evidence, SurveyMention.Is(claim.Claim.Text) ? TopicOmissions.ListItemConfidence : Confidence);
                break;
            }
        }
    }

    /// <summary>"the U.S.-Australia Framework for ... Critical Minerals and Rare Earths": an item written in capitals inside a
    /// sentence is a word of an agreement's or a programme's title, which names the shared thing, not a point of its own. A name
    /// that is the item itself ("the Code of Conduct", "Patriot systems") stays an item: a title's head noun must come first.</summary>
    static bool InsideName(string text, Match m) =>
        m.Value.Any(char.IsLower) && m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w.Length <= 3 || char.IsUpper(w[0]))
        && TitleBefore().IsMatch(text[Math.Max(0, m.Index - 100)..m.Index]);

    // "Framework for Securing of Supply in the Mining and Processing of ": an agreement's title runs up to the item.
    [GeneratedRegex(@"\b(Framework|Agreement|Treaty|Initiative|Arrangement|Memorandum|Act|Strategy|Fund|Partnership|Programme|Program|Mechanism)(\s+(of|for|on|in|to|and|the|\p{Lu}[\p{L}\-]*))*\s+$")]
    private static partial Regex TitleBefore();
}
