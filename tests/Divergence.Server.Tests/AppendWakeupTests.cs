using System.Diagnostics;
using Divergence.Server.Infrastructure;

namespace Divergence.Server.Tests;

/// <summary>
/// The daemon's wakeup: a commit wakes an idle daemon at once; commits during a busy stretch are folded into one
/// pass at most every MinimumInterval; no signal is lost between passes.
/// </summary>
public class AppendWakeupTests
{
    static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_commit_wakes_an_idle_daemon_without_waiting_for_its_poll()
    {
        using var wakeup = new AppendWakeup(TimeSpan.FromMilliseconds(100));
        await Task.Delay(150, TestContext.Current.CancellationToken); // idle for longer than the interval
        var waiting = wakeup.WaitAsync(Long, TestContext.Current.CancellationToken);
        waiting.IsCompleted.ShouldBeFalse();
        wakeup.Signal();
        (await Task.WhenAny(waiting, Task.Delay(Long / 2, TestContext.Current.CancellationToken))).ShouldBe(waiting);
    }

    [Fact]
    public async Task Without_a_commit_the_daemon_still_polls_at_its_own_interval()
    {
        using var wakeup = new AppendWakeup(TimeSpan.FromMilliseconds(100));
        var clock = Stopwatch.StartNew();
        await wakeup.WaitAsync(TimeSpan.FromMilliseconds(50), TestContext.Current.CancellationToken);
        clock.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(45));
    }

    [Fact]
    public async Task Commits_in_quick_succession_are_folded_into_one_pass_per_interval()
    {
        var interval = TimeSpan.FromMilliseconds(300);
        using var wakeup = new AppendWakeup(interval);
        wakeup.Signal();
        await wakeup.WaitAsync(Long, TestContext.Current.CancellationToken); // the first pass
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++) wakeup.Signal(); // a burst while that pass runs
        await wakeup.WaitAsync(Long, TestContext.Current.CancellationToken);
        clock.Elapsed.ShouldBeGreaterThanOrEqualTo(interval - TimeSpan.FromMilliseconds(20));

        // The burst was one wake-up: with no new commit, the next wait runs to its timeout.
        var next = wakeup.WaitAsync(TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken);
        clock.Restart();
        await next;
        clock.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(190));
    }

    [Fact]
    public async Task A_commit_during_a_pass_wakes_the_next_one()
    {
        using var wakeup = new AppendWakeup(TimeSpan.FromMilliseconds(50));
        wakeup.Signal();
        await wakeup.WaitAsync(Long, TestContext.Current.CancellationToken);
        wakeup.Signal(); // committed after the pass began: its events may not be in it
        var next = wakeup.WaitAsync(Long, TestContext.Current.CancellationToken);
        (await Task.WhenAny(next, Task.Delay(Long / 2, TestContext.Current.CancellationToken))).ShouldBe(next);
    }
}
