using Divergence.Analysis;

namespace Divergence.Server.Statements;

/// <summary>The first statement about a meeting or call opened its stream.</summary>
public sealed record EngagementOpened(string EngagementKey, string Title);

/// <summary>An official statement as its issuer published it. PublishedAt is the government's time, not ours.</summary>
public sealed record StatementRecorded(
    Guid StatementId,
    string EngagementKey,
    string Issuer,
    string IssuerName,
    string Language,
    DateTimeOffset PublishedAt,
    string Title,
    string SourceUrl,
    string Text,
    string ContentHash);

/// <summary>
/// The issuer changed a release after publishing it (often silently). RevisedAt is when the new wording was
/// out, as the submitter states it; the report uses the latest text from then on.
/// </summary>
public sealed record StatementRevised(Guid StatementId, DateTimeOffset RevisedAt, string Text, string ContentHash, string? Note);

/// <summary>The issuer took a release down. It stops counting from WithdrawnAt; its history stays.</summary>
public sealed record StatementWithdrawn(Guid StatementId, DateTimeOffset WithdrawnAt, string Reason);

/// <summary>
/// The analyzer's reading of one version of a statement, kept so that projections and replays never re-run it.
/// A later analysis of the same text (a new analyzer version) is appended, never overwritten.
/// </summary>
public sealed record StatementAnalyzed(Guid StatementId, string ContentHash, StatementAnalysis Analysis);
