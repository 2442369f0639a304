using System.Collections.Concurrent;
using Divergence.Server.Statements;

namespace Divergence.Server.Engagements;

/// <summary>
/// Answers to replay questions (?asOf=, ?knownAt=, ?analysis=current) already computed. A replay is a pure function
/// of the stream's events, so the stream version in the key makes an entry exact: any new event moves the version
/// and the old entries are never asked for again. Many readers asking "as of 1 August" then pay one replay.
/// </summary>
public sealed class ReplayMemo
{
    const int Capacity = 1_024;
    readonly ConcurrentDictionary<Key, Answer> answers = new();
    readonly ConcurrentDictionary<(string Engagement, long Version, DateTimeOffset? KnownAt), AnalysisBook> books = new();

    public sealed record Answer(EngagementReport Known, ComparedDivergences? Recomputed);

    readonly record struct Key(string Engagement, long Version, DateTimeOffset? AsOf, DateTimeOffset? KnownAt, bool CurrentAnalyzer);

    /// <summary>Forget every answer: after the event store itself was wiped (tests reset it), a version no longer names one state.</summary>
    public void Clear()
    {
        answers.Clear();
        books.Clear();
    }

    public async Task<Answer> GetOrCompute(EngagementReport live, ReportQuery query, Func<Task<Answer>> compute)
    {
        var key = new Key(live.Id, live.Version, query.AsOf, query.KnownAt, query.CurrentAnalyzer);
        if (answers.TryGetValue(key, out var answer)) return answer;
        answer = await compute();
        if (answers.Count >= Capacity) answers.Clear(); // crude, bounded: a full memo starts again
        answers[key] = answer;
        return answer;
    }

    /// <summary>
    /// The stream's analyses at a version: the same for every asOf, so a new publication date only pays the
    /// (cheap) comparison, not the load of ~15 KB per analysis event.
    /// </summary>
    public async Task<AnalysisBook> Analyses(string engagement, long version, DateTimeOffset? knownAt, Func<Task<AnalysisBook>> load)
    {
        var key = (engagement, version, knownAt);
        if (books.TryGetValue(key, out var book)) return book;
        book = await load();
        if (books.Count >= Capacity / 4) books.Clear();
        books[key] = book;
        return book;
    }
}
