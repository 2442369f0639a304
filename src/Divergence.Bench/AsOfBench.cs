using System.Diagnostics;
using Divergence.Server.Engagements;
using Divergence.Server.Statements;
using Marten;

namespace Divergence.Bench;

/// <summary>
/// Figure 5: ?asOf= and ?knownAt= replays of one engagement with ~50 events (two issuers, their statements
/// revised back and forth), one client, against a bare AggregateStreamAsync of the same stream. Repeated questions
/// are answered from the server's ReplayMemo; the "new asOf each request" row pays the replay every time.
/// </summary>
public static class AsOfBench
{
    const string Key = "asof-engagement";
    const int TargetEvents = 50;

    public static async Task Run(BenchContext ctx)
    {
        var o = ctx.Options;
        var (events, middle) = await Build(ctx);
        var server = await ctx.Server();
        var asOf = Uri.EscapeDataString(middle.ToString("O"));
        var knownAt = Uri.EscapeDataString(DateTimeOffset.UtcNow.ToString("O"));

        var asOfTimes = await Sample(o.AsOfSamples, () => Get(server, $"/api/engagements/{Key}/report?asOf={asOf}"));
        var knownAtTimes = await Sample(o.AsOfSamples, () => Get(server, $"/api/engagements/{Key}/report?knownAt={knownAt}"));
        // The server remembers answers per (stream version, question): a new asOf each time measures the replay itself.
        var distinct = 0;
        var coldTimes = await Sample(o.AsOfSamples, () =>
            Get(server, $"/api/engagements/{Key}/report?asOf={Uri.EscapeDataString(middle.AddTicks(10 * ++distinct).ToString("O"))}"));
        var bare = await Sample(o.AsOfSamples, async () =>
        {
            await using var session = ctx.Store.Store.QuerySession();
            _ = await session.Events.AggregateStreamAsync<EngagementReport>(Key) ?? throw new InvalidOperationException("no stream");
        });

        var asOfRatio = asOfTimes.P95 / bare.P95;
        ctx.Add(new Figure($"as-of replay (HTTP ?asOf=), {events} events", "p95 <= 5 ms and <= 3x bare AggregateStreamAsync",
            $"{asOfTimes}; bare AggregateStreamAsync {bare}", asOfRatio, asOfTimes.P95 <= 5 && asOfRatio <= 3, o.Command + " --only asof"));
        var coldRatio = coldTimes.P95 / bare.P95;
        ctx.Add(new Figure($"as-of replay, a new asOf each request (not remembered), {events} events", "(same)",
            $"{coldTimes}", coldRatio, coldTimes.P95 <= 5 && coldRatio <= 3, o.Command + " --only asof"));
        var knownRatio = knownAtTimes.P95 / bare.P95;
        ctx.Add(new Figure($"known-at replay (HTTP ?knownAt=), {events} events", "p95 <= 5 ms and <= 3x bare AggregateStreamAsync",
            $"{knownAtTimes}", knownRatio, knownAtTimes.P95 <= 5 && knownRatio <= 3, o.Command + " --only asof"));
    }

    /// <summary>Records pair 0, then revises its two statements alternately with other statements' wording until the
    /// stream holds ~50 events. Returns the event count and a publication time in the middle of the history.</summary>
    static async Task<(long Events, DateTimeOffset Middle)> Build(BenchContext ctx)
    {
        var writer = ctx.Store.Writer;
        var (a, b) = ctx.Corpus.Pair(0);
        var ids = new List<Guid>();
        long version = 0;
        foreach (var (s, at) in new[] { (a, EngagementEvents.Epoch), (b, EngagementEvents.Epoch.AddHours(1)) })
        {
            var d = await writer.Write(Key, (cur, book) => RecordStatementEndpoint.Decide(cur, book, s.Command(Key, at), s.Hash, s.Analysis, Guid.CreateVersion7()), default);
            ids.Add(d.StatementId);
            version += d.Events.Length;
        }
        var english = ctx.Corpus.Statements.Where(s => s.Language == "en").Skip(2).ToList();
        var revisions = 0;
        for (var r = 0; version < TargetEvents && r < english.Count; r++)
        {
            var s = english[r];
            var at = EngagementEvents.Epoch.AddHours(2 + r);
            var d = await writer.Write(Key, (cur, book) => ReviseStatementEndpoint.Decide(cur!, book, cur!.Find(ids[r % 2])!,
                new ReviseStatement(s.Text, at, "bench"), s.Hash, s.Analysis), default);
            version += d.Events.Length;
            revisions++;
        }
        return (version, EngagementEvents.Epoch.AddHours(2 + revisions / 2.0));
    }

    static async Task Get(ServerProcess server, string path)
    {
        using var response = await server.Client.GetAsync(path);
        response.EnsureSuccessStatusCode();
    }

    static async Task<Latencies> Sample(int count, Func<Task> action)
    {
        for (var i = 0; i < 20; i++) await action(); // warm-up
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        return new Latencies(times);
    }
}
