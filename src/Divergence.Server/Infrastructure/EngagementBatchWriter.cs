using Divergence.Server.Engagements;
using Divergence.Server.Statements;
using JasperFx.Events;
using Marten;

namespace Divergence.Server.Infrastructure;

/// <summary>One decision to make about one engagement, in a batch.</summary>
public sealed record EngagementUnit<T>(string Key, Func<EngagementReport?, AnalysisBook, T> Decide) where T : IDecision;

/// <summary>
/// The batch form of <see cref="EngagementWriter"/>, for importers: every engagement's report in one round trip,
/// every analysis in a second, all decisions in memory, everything appended in ONE SaveChanges. A writer that
/// got to one of the streams first fails the whole batch on its expected version, and the batch is redone on
/// fresh reads (StoreRetry), so a decision never rests on state it did not see.
/// </summary>
public sealed class EngagementBatchWriter(IDocumentStore store, StoreRetry retry)
{
    public async Task<T[]> WriteMany<T>(IReadOnlyList<EngagementUnit<T>> units, CancellationToken ct) where T : IDecision =>
        units.Count == 0 ? [] : await retry.Run(async token =>
        {
            await using var session = store.LightweightSession();
            var keys = units.Select(u => u.Key).Distinct().ToList();
            // One round trip for every stream (Marten enlists a FetchForWriting per key in one batch command).
            var streams = await session.Events.FetchManyForWriting<EngagementReport>(keys, token);
            var state = keys.Zip(streams).ToDictionary(p => p.First, p => (Report: p.Second.Aggregate, Book: AnalysisBook.Empty));

            // As the single path: analyses are read only for engagements that already exist.
            var existing = state.Where(s => s.Value.Report is not null).Select(s => s.Key).ToArray();
            if (existing.Length > 0)
                foreach (var (key, book) in await AnalysisBook.LoadMany(session, existing, token))
                    state[key] = (state[key].Report, book);

            var decisions = new T[units.Count];
            var appended = keys.ToDictionary(k => k, _ => new List<object>());
            for (var i = 0; i < units.Count; i++)
            {
                var (key, decide) = (units[i].Key, units[i].Decide);
                var (report, book) = state[key];
                decisions[i] = decide(report, book);
                if (decisions[i].Events.Length == 0) continue;
                appended[key].AddRange(decisions[i].Events);
                // The next statement about this engagement is decided on the state this one leaves behind.
                state[key] = (Evolve(report, key, decisions[i].Events), book.With(decisions[i].Events));
            }

            var any = false;
            foreach (var (stream, key) in streams.Zip(keys))
                if (appended[key].Count > 0) { stream.AppendMany(appended[key]); any = true; }
            if (any) await session.SaveChangesAsync(token);
            return decisions;
        }, ct);

    /// <summary>The report after these events, as the inline projection would fold them (including the first).</summary>
    static EngagementReport Evolve(EngagementReport? report, string key, object[] events)
    {
        if (report is not null) return EngagementDecider.Evolve(report, events);
        var opened = events.OfType<EngagementOpened>().First();
        return EngagementDecider.Evolve(new EngagementReport { Id = key, Title = opened.Title }, events);
    }
}
