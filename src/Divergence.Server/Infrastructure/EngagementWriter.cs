using Divergence.Server.Engagements;
using Divergence.Server.Statements;

namespace Divergence.Server.Infrastructure;

/// <summary>A decision about an engagement: the events it appends (none for a no-op).</summary>
public interface IDecision
{
    object[] Events { get; }
}

/// <summary>
/// Read the engagement, decide, append — retried as a unit when another writer got to the same stream first,
/// so concurrent submissions about one meeting all land and every decision sees the state it changes.
/// </summary>
public sealed class EngagementWriter(EngagementBatchWriter batch)
{
    // One statement is a batch of one: a single read-decide-append path to keep right, whatever the caller.
    public async Task<T> Write<T>(string key, Func<EngagementReport?, AnalysisBook, T> decide, CancellationToken ct) where T : IDecision =>
        (await batch.WriteMany([new EngagementUnit<T>(key, decide)], ct))[0];
}
