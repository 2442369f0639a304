using System.Text.RegularExpressions;
using Divergence.Analysis.Topics;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// Which taxonomy topics an account addresses: those it states, those it only mentions in broader words
/// ("technology" covers critical technologies), and the groups of related topics it touches. A claim that says
/// a topic was not discussed states nothing.
/// </summary>
public sealed partial class TopicCoverage
{
    readonly Taxonomy taxonomy;

    public TopicCoverage(AccountProfile account, Taxonomy taxonomy)
    {
        this.taxonomy = taxonomy;
        var live = account.Claims.Where(c => !StanceMarkers.Absent(c.Claim.Text)).ToList();
        Stated = live.SelectMany(c => c.Claim.Topics).ToHashSet();
        Mentioned = [.. Stated];
        foreach (var topic in taxonomy.Topics.Where(t => t.Broader is not null && !Stated.Contains(t.Id)))
            if (live.Any(c => topic.Broader!.IsMatch(c.Claim.Text))) Mentioned.Add(topic.Id);
        // A topic the page's own headline or subtitle names is one the issuer addressed.
        Mentioned.UnionWith(account.HeadlineTopics(taxonomy));
        Groups = Stated.Select(id => taxonomy.Find(id)?.Group).OfType<string>().ToHashSet();
        Near = live.Where(c => c.Claim.NearTopic is not null && c.Claim.NearTopicSimilarity >= SemanticTopics.CoverageSimilarity)
            .Select(c => c.Claim.NearTopic!).ToHashSet();
    }

    /// <summary>Topics the account addresses in words no phrase lists: its claims' embeddings sit close to the
    /// topic's own wording (SemanticTopics.CoverageSimilarity). They cover; they never state.</summary>
    public HashSet<string> Near { get; }

    public HashSet<string> Stated { get; }
    public HashSet<string> Mentioned { get; }
    public HashSet<string> Groups { get; }

    /// <summary>Covered only because a related topic of its group is stated ("trade deal" for tariffs).</summary>
    public bool OnlyThroughGroup(string topicId) => !Mentioned.Contains(topicId) && Covers(topicId);

    /// <summary>A demand or an objection on a topic the other side reaches only through its group: "calling for a review
    /// of the tariffs" is not answered by "made progress toward a trade agreement", nor "jointly oppose protectionism" by
    /// "speed up the FTA negotiations". The group bridges wordings of one area; a request addressed to the other side, or
    /// a stance against one member of it, is its own commitment.</summary>
    public bool MissesStance(string topicId, string claim) =>
        OnlyThroughGroup(topicId) && StanceMarkers.Stances(claim) is var stances
        && (stances.Contains("demand") || stances.Contains("objection")) && !StanceMarkers.Tentative(claim);

    /// <summary>An entry regime ("extended its visa-free policy", "a free 30-day e-tourist visa") on a topic the other side
    /// reaches only through its group: exchanges of young people or tourism do not answer a change to who may enter and on
    /// what terms, nor does immigration pre-clearance or a simplified entry procedure. (A working holiday quota was tried
    /// too: two false alarms on agreeing pairs against three labels.)</summary>
    public bool MissesRegime(string topicId, string claim) => OnlyThroughGroup(topicId) && EntryRegime().IsMatch(claim);

    [GeneratedRegex(@"\b(visa-?free|visa waivers?|visa exemptions?|e-(tourist )?visas?|pre-?clearance|(simplified|expedited|fast-track|streamlined) (entry|immigration|arrival) (procedures?|process(es)?|lanes?|checks?))\b|무비자|비자\s*면제|사전\s*입국\s*심사|입국\s*(심사|절차)\s*(를\s*|의\s*)?(간소화|면제|신속화)", RegexOptions.IgnoreCase)]
    private static partial Regex EntryRegime();

    /// <summary>The topic itself, a broader mention of it, or a related topic of its group.</summary>
    public bool Covers(string topicId) =>
        Mentioned.Contains(topicId) || Near.Contains(topicId)
        || (taxonomy.Find(topicId)?.Group is { } g && Groups.Contains(g));
}
