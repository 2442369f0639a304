using System.Diagnostics;

namespace Divergence.Bench;

public sealed record LoadResult(int Operations, TimeSpan Elapsed, Latencies Latencies, int Failures)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;
}

/// <summary>
/// Closed-loop load: `clients` workers each run one operation after another until the time is up or the
/// operations run out. An operation gets its sequence number; it returns false for a failure.
/// </summary>
public static class LoadGenerator
{
    public static async Task<LoadResult> Run(int clients, TimeSpan duration, Func<int, Task<bool>> operation, int maxOperations = int.MaxValue)
    {
        var next = -1;
        var failures = 0;
        var perClient = new List<double>[clients];
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = perClient[c] = new List<double>(4096);
            while (clock.Elapsed < duration)
            {
                var n = Interlocked.Increment(ref next);
                if (n >= maxOperations) break;
                var start = Stopwatch.GetTimestamp();
                var ok = await operation(n);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!ok) Interlocked.Increment(ref failures);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var all = perClient.SelectMany(l => l).ToList();
        return new LoadResult(all.Count, elapsed, new Latencies(all), failures);
    }
}
