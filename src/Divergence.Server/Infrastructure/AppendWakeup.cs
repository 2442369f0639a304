using System.Diagnostics;
using JasperFx.Events.Daemon.HighWater;
using Marten;
using Marten.Services;

namespace Divergence.Server.Infrastructure;

/// <summary>
/// Wakes the async daemon when this process commits events, but at most once per <see cref="MinimumInterval"/>.
/// An idle server projects (and alerts) a new statement at once; a busy one folds the events of ~100 ms into one
/// daemon pass. Waking on every small commit (PostgreSQL NOTIFY) cost PostgreSQL ~2.5 ms of CPU a statement under
/// four concurrent writers: each pass loads events and progress for every projection, whatever it carries.
/// Without a signal (events written by another process) the daemon still polls every few hundred milliseconds.
/// </summary>
public sealed class AppendWakeup(TimeSpan minimumInterval) : IDaemonWakeup
{
    readonly SemaphoreSlim appended = new(0, 1);
    int pending;
    long lastWake;

    public TimeSpan MinimumInterval { get; } = minimumInterval;

    /// <summary>Events were committed: the next daemon pass should come soon.</summary>
    public void Signal()
    {
        if (Interlocked.Exchange(ref pending, 1) == 0) appended.Release();
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken token)
    {
        if (await appended.WaitAsync(timeout, token))
        {
            // Cleared before the pass that follows: a commit signalled from here on is seen by this pass or wakes the next.
            Volatile.Write(ref pending, 0);
            var since = Stopwatch.GetElapsedTime(lastWake);
            if (since < MinimumInterval) await Task.Delay(MinimumInterval - since, token);
            // Only signalled passes count: a poll that found nothing new does not delay the next commit's pass.
            lastWake = Stopwatch.GetTimestamp();
        }
    }

    // The daemon disposes its wakeup when it stops; this one lives as long as the process and may serve a restart.
    public void Dispose() { }
}

/// <summary>Signals the <see cref="AppendWakeup"/> after every committed session that appended events.</summary>
public sealed class SignalWakeupAfterAppend(AppendWakeup wakeup) : DocumentSessionListenerBase
{
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (commit.GetEvents().Any()) wakeup.Signal();
        return Task.CompletedTask;
    }
}
