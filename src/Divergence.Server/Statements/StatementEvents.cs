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

/// <summary>The analyzer's reading of a statement, kept so that projections and replays never re-run it.</summary>
public sealed record StatementAnalyzed(Guid StatementId, StatementAnalysis Analysis);
