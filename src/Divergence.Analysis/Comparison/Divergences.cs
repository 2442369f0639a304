using System.Text.Json.Serialization;

namespace Divergence.Analysis.Comparison;

/// <summary>The smallest quotation that carries the content: an exact substring of the original statement.</summary>
public sealed record Evidence(string StatementId, string Text, int Sentence, int Start, int End);

/// <summary>Something the stating issuer said that the omitting issuer's account leaves out.</summary>
public sealed record Omission(
    string StatedBy, string OmittedBy, string? Topic, string Label, Evidence Evidence, double Confidence)
{
    public string Kind => "omission";

    /// <summary>What the omission is about, whatever clause quotes it: its topic, or for a claim no topic names its words
    /// (lower case, single spaces). One omission per subject and direction (OnePerTopic); the server's ids hash it.</summary>
    [JsonIgnore]
    public string Subject => Topic ?? "claim:" + string.Join(' ', Evidence.Text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The other clauses of the stating account on the same topic, in text order (OnePerTopic).</summary>
    public IReadOnlyList<Evidence> Also { get; init; } = [];

    /// <summary>The quoted clause and every further one.</summary>
    [JsonIgnore]
    public IEnumerable<Evidence> AllEvidence => [Evidence, .. Also];
}

/// <summary>Both issuers state the topic, with wording that changes its meaning.</summary>
public sealed record FramingDifference(string Topic, string Label, FramingSide A, FramingSide B, double Confidence)
{
    public string Kind => "framing";
}

public sealed record FramingSide(
    string Issuer, string StatementId, string Text, int Sentence, int Start, int End, IReadOnlyList<string> Qualifiers)
{
    public static FramingSide Of(string issuer, Evidence e, IReadOnlyList<string> qualifiers) =>
        new(issuer, e.StatementId, e.Text, e.Sentence, e.Start, e.End, qualifiers);
}

public sealed record ComparisonResult(
    IReadOnlyList<string> Issuers, IReadOnlyList<Omission> Omissions, IReadOnlyList<FramingDifference> Framing);
