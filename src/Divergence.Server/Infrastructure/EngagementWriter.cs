using Divergence.Server.Engagements;
using Divergence.Server.Statements;
using Marten;

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
public sealed class EngagementWriter(IDocumentStore store, StoreRetry retry)
{
    public async Task<T> Write<T>(string key, Func<EngagementReport?, AnalysisBook, T> decide, CancellationToken ct) where T : IDecision =>
        await retry.Run(async token =>
        {
            // A fresh session per attempt: a failed attempt leaves nothing pending behind.
            await using var session = store.LightweightSession();
            var stream = await session.Events.FetchForWriting<EngagementReport>(key, token);
            // The analyses are read from the events only when there is something to compare them with.
            var analyses = stream.Aggregate is null ? AnalysisBook.Empty : await AnalysisBook.Load(session, key, null, token);
            var decision = decide(stream.Aggregate, analyses);
            if (decision.Events.Length == 0) return decision;
            stream.AppendMany(decision.Events);
            await session.SaveChangesAsync(token);
            return decision;
        }, ct);
}
