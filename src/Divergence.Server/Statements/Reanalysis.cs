using Divergence.Analysis;
using Marten;

namespace Divergence.Server.Statements;

/// <summary>Re-reads stored statement texts with today's analyzer (texts live only in the events).</summary>
public static class Reanalysis
{
    public static async Task<IReadOnlyDictionary<string, string>> TextsByHash(IQuerySession session, string key,
        DateTimeOffset? knownAt, CancellationToken ct)
    {
        var events = knownAt is { } t
            ? await session.Events.FetchStreamAsync(key, timestamp: t, token: ct)
            : await session.Events.FetchStreamAsync(key, token: ct);
        var texts = new Dictionary<string, string>();
        foreach (var e in events)
        {
            if (e.Data is StatementRecorded r) texts[r.ContentHash] = r.Text;
            else if (e.Data is StatementRevised v) texts[v.ContentHash] = v.Text;
        }
        return texts;
    }

    public static async Task<Func<StatementState, StatementVersion, StatementAnalysis?>> ReaderFor(IQuerySession session,
        string key, DateTimeOffset? knownAt, StatementAnalyzer analyzer, CancellationToken ct)
    {
        var texts = await TextsByHash(session, key, knownAt, ct);
        return (statement, version) => texts.TryGetValue(version.ContentHash, out var text)
            ? analyzer.Analyze(text, statement.Language)
            : null;
    }
}
