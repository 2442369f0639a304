using System.Diagnostics;

namespace Divergence.Bench;

/// <summary>
/// Open-loop load: operations start on a fixed schedule (perSecond), whether or not earlier ones have finished,
/// as independent users arrive. Latency counts from the scheduled start, so a stall also charges the requests
/// that queued behind it (no coordinated omission).
/// </summary>
public static class OpenLoadGenerator
{
    public static async Task<LoadResult> Run(double perSecond, TimeSpan duration, Func<int, Task<bool>> operation)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var latencies = new double[total];
        var failures = 0;
        var running = new Task[total];
        var clock = Stopwatch.StartNew();
        for (var n = 0; n < total; n++)
        {
            var due = TimeSpan.FromSeconds(n / perSecond);
            if (due - clock.Elapsed is var wait && wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            running[n] = Measure(n, due);
        }
        await Task.WhenAll(running);
        return new LoadResult(total, clock.Elapsed, new Latencies(latencies), failures);

        async Task Measure(int n, TimeSpan due)
        {
            await Task.Yield(); // the scheduler loop keeps its pace while this request runs
            var ok = await operation(n);
            latencies[n] = (clock.Elapsed - due).TotalMilliseconds;
            if (!ok) Interlocked.Increment(ref failures);
        }
    }
}
