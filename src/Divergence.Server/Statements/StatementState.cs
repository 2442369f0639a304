using System.Text.Json.Serialization;

namespace Divergence.Server.Statements;

/// <summary>
/// One wording of a statement: the original, or a later revision, and which analyzer versions have read it
/// (the analyses themselves live in the events: see AnalysisBook).
/// </summary>
public sealed record StatementVersion(string ContentHash, DateTimeOffset EffectiveAt, int Characters, IReadOnlyList<string> AnalyzerVersions);

/// <summary>What the tracker knows about one statement: every version, and whether it was withdrawn.</summary>
public sealed record StatementState(
    Guid Id, string Issuer, string IssuerName, string Language, DateTimeOffset PublishedAt, string Title, string SourceUrl,
    IReadOnlyList<StatementVersion> Versions, DateTimeOffset? WithdrawnAt = null, string? WithdrawalReason = null)
{
    // Derived, so never stored with the document.
    [JsonIgnore] public StatementVersion Latest => Versions[^1];

    [JsonIgnore] public bool Withdrawn => WithdrawnAt is not null;

    /// <summary>The wording that was out at a publication time (the latest when asOf is null).</summary>
    public StatementVersion? VersionAt(DateTimeOffset? asOf) =>
        asOf is { } d ? Versions.LastOrDefault(v => v.EffectiveAt <= d) : Latest;

    /// <summary>Published by then and not yet withdrawn.</summary>
    public bool CountsAt(DateTimeOffset? asOf) => asOf is { } d
        ? PublishedAt <= d && !(WithdrawnAt <= d)
        : !Withdrawn;
}
