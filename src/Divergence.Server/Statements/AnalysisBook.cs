using Divergence.Analysis;
using JasperFx.Events;
using Marten;
using Marten.Events;

namespace Divergence.Server.Statements;

/// <summary>
/// The analyses of an engagement's statement versions, read from its StatementAnalyzed events. They stay out of
/// the report document on purpose: only deciding and replaying need them, and carrying them made every read and
/// every rebuild move ~45 KB per engagement (docs/benchmarks.md).
/// </summary>
public sealed class AnalysisBook
{
    readonly Dictionary<(Guid, string), StatementAnalysis> latest = new();

    public static AnalysisBook Empty => new();

    public StatementAnalysis? For(Guid statementId, string contentHash) =>
        latest.GetValueOrDefault((statementId, contentHash));

    /// <summary>The book with these events' analyses added; later analyses of a version replace earlier ones.</summary>
    public AnalysisBook With(IEnumerable<object> events)
    {
        var next = new AnalysisBook();
        foreach (var kv in latest) next.latest[kv.Key] = kv.Value;
        foreach (var e in events)
            if (e is StatementAnalyzed a) next.latest[(a.StatementId, a.ContentHash)] = a.Analysis;
        return next;
    }

    /// <param name="knownAt">only what the tracker had recorded by then (null: everything)</param>
    public static async Task<AnalysisBook> Load(IQuerySession session, string key, DateTimeOffset? knownAt, CancellationToken ct)
    {
        var query = session.Events.QueryAllRawEvents().Where(e => e.StreamKey == key && e.EventTypesAre(typeof(StatementAnalyzed)));
        if (knownAt is { } t) query = query.Where(e => e.Timestamp <= t);
        var events = await query.OrderBy(e => e.Version).ToListAsync(ct);
        return Empty.With(events.Select(e => e.Data));
    }

    /// <summary>Several engagements' books in one query (batch writes); an engagement with no analyses gets none.</summary>
    public static async Task<IReadOnlyDictionary<string, AnalysisBook>> LoadMany(IQuerySession session, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        // The array is built out here: Marten compiles any method call it finds inside the predicate on every
        // query (a JIT compilation each time, ~10 ms of CPU a request), while a captured variable is just read.
        var streams = keys.ToArray();
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamKey.IsOneOf(streams) && e.EventTypesAre(typeof(StatementAnalyzed)))
            .OrderBy(e => e.Sequence).ToListAsync(ct);
        return events.GroupBy(e => e.StreamKey!).ToDictionary(g => g.Key, g => From(g.OrderBy(e => e.Version)));
    }

    public static AnalysisBook From(IEnumerable<IEvent> events) => Empty.With(events.Select(e => e.Data));
}
