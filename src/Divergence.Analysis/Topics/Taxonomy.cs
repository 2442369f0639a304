using System.Buffers;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Divergence.Analysis.Text;

namespace Divergence.Analysis.Topics;

/// <summary>The topic taxonomy: data analysts edit (Taxonomy/taxonomy.json), compiled once into matchers.</summary>
public sealed class Taxonomy
{
    public required string Version { get; init; }
    public required IReadOnlyList<Topic> Topics { get; init; }

    // The comparison looks topics up by id for every claim it weighs: a dictionary, first topic of an id wins as before.
    Dictionary<string, Topic>? byId;

    /// <summary>The topics whose phrases match a claim (or a question about the engagement), in taxonomy order.</summary>
    public IEnumerable<Topic> Matching(string text) => Topics.Where(t => t.Matches(text));

    public Topic? Find(string id)
    {
        byId ??= Topics.DistinctBy(t => t.Id).ToDictionary(t => t.Id);
        return byId.GetValueOrDefault(id);
    }

    static readonly Lazy<Taxonomy> Embedded = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Divergence.Analysis.taxonomy.json")
            ?? throw new InvalidOperationException("The taxonomy resource is missing from the assembly.");
        return Parse(stream);
    });

    /// <summary>The taxonomy shipped with this analyzer version.</summary>
    public static Taxonomy Default => Embedded.Value;

    public static Taxonomy Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<TaxonomyFile>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException("The taxonomy file is empty.");
        return new Taxonomy
        {
            Version = file.Version,
            Topics = file.Topics.Select(t => new Topic(t.Id, t.Label,
                Compile([.. t.En, .. t.Ko]), t.En, t.Ko,
                (t.Qualifiers ?? []).Select(q => new Qualifier(q.Id, Compile([.. q.En, .. q.Ko]))).ToList())
            {
                EnglishMatcher = Compile(t.En),
                EnglishWords = RequiredLiterals.For(t.En),
                Broader = t.Broader is { Count: > 0 } broader ? Compile(broader) : null,
                Group = t.Group,
                LooksAround = LooksAroundIn([.. t.En, .. t.Ko]),
                Items = (t.Items ?? []).Select(i => new Qualifier(i.Id, Compile([.. i.En, .. i.Ko]))).ToList(),
            }).ToList(),
        };
    }

    static bool LooksAroundIn(IEnumerable<string> phrases) =>
        phrases.Any(p => p.Contains("(?<!") || p.Contains("(?<=") || p.Contains("(?!") || p.Contains("(?="));

    static Regex Compile(IReadOnlyCollection<string> phrases) =>
        new(phrases.Count == 0 ? "(?!)" : "(" + string.Join(")|(", phrases) + ")",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    sealed record TaxonomyFile(string Version, List<TopicEntry> Topics);
    sealed record TopicEntry(string Id, string Label, List<string> En, List<string> Ko, List<QualifierEntry>? Qualifiers,
        List<string>? Broader = null, string? Group = null, List<QualifierEntry>? Items = null);
    sealed record QualifierEntry(string Id, List<string> En, List<string> Ko);
}

public sealed record Topic(string Id, string Label, Regex Matcher, IReadOnlyList<string> EnglishPhrases,
    IReadOnlyList<string> KoreanPhrases, IReadOnlyList<Qualifier> Qualifiers)
{
    /// <summary>Looser wording that shows the other side addressed this topic's area ("technology" for critical
    /// technologies) without stating the topic itself: it covers the topic but never makes an omission.</summary>
    public Regex? Broader { get; init; }

    /// <summary>Related topics ("movement of people": migration, visas, exchanges) bridge each other: one side's
    /// migration against the other's student mobility is not two omissions.</summary>
    public string? Group { get; init; }

    /// <summary>The distinct things a list on this topic names ("AI, semiconductors and quantum computing"; LNG,
    /// nuclear power, hydrogen): one the other side never names, while it covers the topic, is an omission of its
    /// own (ItemOmissions). Only where the items are different things, not different words for one thing.</summary>
    public IReadOnlyList<Qualifier> Items { get; init; } = [];

    /// <summary>The English phrases alone: a claim without Hangul skips the Korean ones (half the taxonomy's
    /// phrases since 2026.13), which could only match it through the Latin codes they also list.</summary>
    public required Regex EnglishMatcher { get; init; }

    /// <summary>Words one of which an English claim must contain for <see cref="EnglishMatcher"/> to match it
    /// (RequiredLiterals); null when a phrase has none that can be told.</summary>
    public SearchValues<string>? EnglishWords { get; init; }

    public bool Matches(string claim)
    {
        if (Language.HasHangul(claim)) return Matcher.IsMatch(claim);
        return (EnglishWords is null || claim.AsSpan().ContainsAny(EnglishWords)) && EnglishMatcher.IsMatch(claim);
    }

    /// <summary>A phrase of this topic looks behind or ahead of its match: only then can the sentence around a clause
    /// change whether it matches there.</summary>
    public bool LooksAround { get; init; }

    /// <summary>Whether a match of this topic in the whole sentence overlaps the clause at
    /// [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>): a phrase's lookarounds read the
    /// sentence, not only the clause the splitter cut ("a commitment to democracy, the rule of law and open markets":
    /// the clause "the rule of law and open markets" is still the values formula).</summary>
    public bool MatchesInSentence(string sentence, int start, int length) =>
        MatcherFor(sentence).Matches(sentence).Any(m => m.Index < start + length && m.Index + m.Length > start);

    /// <summary>Where this topic's first phrase matches the claim, or null.</summary>
    public Match? FirstMatch(string claim) =>
        MatcherFor(claim).Match(claim) is { Success: true } m ? m : null;

    // Korean text is read with every phrase; English with the English ones only (EnglishMatcher).
    Regex MatcherFor(string text) => Language.HasHangul(text) ? Matcher : EnglishMatcher;

    public bool MentionedIn(string claim) => Matches(claim) || (Broader?.IsMatch(claim) ?? false);
    public IEnumerable<string> QualifiersIn(string claim) => Qualifiers.Where(q => q.Matcher.IsMatch(claim)).Select(q => q.Id);

    /// <summary>Whether a match of this topic ends inside the last <paramref name="claimLength"/> characters of
    /// <paramref name="sentenceUpToClaimEnd"/>: "They called for the denuclearisation of North Korea and voiced concern at
    /// its growing military cooperation with Russia" states North Korea's cooperation through the pronoun.</summary>
    public bool MatchesReaching(string sentenceUpToClaimEnd, int claimLength) => Reaches(Matcher, sentenceUpToClaimEnd, claimLength);

    /// <summary>The qualifiers whose wording reaches into the last <paramref name="claimLength"/> characters of
    /// <paramref name="sentenceUpToClaimEnd"/>: "North Korea's ... and reaffirmed our commitment to its complete
    /// denuclearisation" qualifies the clause through the antecedent of "its" earlier in the sentence.</summary>
    public IEnumerable<string> QualifiersReaching(string sentenceUpToClaimEnd, int claimLength) =>
        Qualifiers.Where(q => Reaches(q.Matcher, sentenceUpToClaimEnd, claimLength)).Select(q => q.Id);

    static bool Reaches(Regex matcher, string sentenceUpToClaimEnd, int claimLength) =>
        matcher.Matches(sentenceUpToClaimEnd).Any(m => m.Index + m.Length > sentenceUpToClaimEnd.Length - claimLength);
}

public sealed record Qualifier(string Id, Regex Matcher);
