using System.Threading.Channels;
using Divergence.Server.Engagements;
using Divergence.Server.Statements;

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
public sealed class EngagementWriter : IAsyncDisposable, IDisposable
{
    const int MostInOneGroup = 64;

    sealed record Waiting(EngagementUnit<IDecision> Unit, TaskCompletionSource<IDecision> Done);

    readonly EngagementBatchWriter batch;
    readonly Channel<Waiting> waiting = Channel.CreateUnbounded<Waiting>(new UnboundedChannelOptions { SingleReader = true });
    readonly Task grouping;

    public EngagementWriter(EngagementBatchWriter batch)
    {
        this.batch = batch;
        grouping = Task.Run(WriteGroups);
    }

    // One statement is a batch of one: a single read-decide-append path to keep right, whatever the caller.
    public async Task<T> Write<T>(string key, Func<EngagementReport?, AnalysisBook, T> decide, CancellationToken ct) where T : IDecision =>
        (await batch.WriteMany([new EngagementUnit<T>(key, decide)], ct))[0];

    /// <summary>
    /// As <see cref="Write{T}"/>, but written together with the other single submissions waiting at that moment:
    /// two reads and one transaction for the group instead of for each (per statement, the store path cost ~4x the
    /// batch path's CPU: docs/benchmarks.md). Decisions are made in arrival order on the state the previous one
    /// left, exactly as one at a time. For cheap decisions only: a slow decide would hold up everyone queued behind.
    /// Once queued, the write goes ahead even if the caller stops waiting.
    /// </summary>
    public async Task<T> WriteGrouped<T>(string key, Func<EngagementReport?, AnalysisBook, T> decide, CancellationToken ct) where T : IDecision
    {
        var entry = new Waiting(new EngagementUnit<IDecision>(key, (report, book) =>
            {
                try { return decide(report, book); }
                catch (Exception e) { throw new DecisionFailed(e); }
            }),
            new TaskCompletionSource<IDecision>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!waiting.Writer.TryWrite(entry)) throw new ObjectDisposedException(nameof(EngagementWriter));
        return (T)await entry.Done.Task.WaitAsync(ct);
    }

    async Task WriteGroups()
    {
        var group = new List<Waiting>(MostInOneGroup);
        while (await waiting.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < MostInOneGroup && waiting.Reader.TryRead(out var next)) group.Add(next);
            try
            {
                var decisions = await batch.WriteMany(group.Select(w => w.Unit).ToList(), CancellationToken.None);
                for (var i = 0; i < group.Count; i++) group[i].Done.TrySetResult(decisions[i]);
            }
            catch (DecisionFailed) when (group.Count > 1)
            {
                // One bad decision must not fail its neighbours: each is written on its own, with its own outcome.
                foreach (var w in group) await WriteAlone(w);
            }
            catch (Exception e)
            {
                // The store itself failed (down, timed out): the same answer for everyone now, not one timeout each.
                foreach (var w in group) w.Done.TrySetException(Unwrapped(e));
            }
        }
    }

    async Task WriteAlone(Waiting w)
    {
        try { w.Done.TrySetResult((await batch.WriteMany([w.Unit], CancellationToken.None))[0]); }
        catch (Exception e) { w.Done.TrySetException(Unwrapped(e)); }
    }

    static Exception Unwrapped(Exception e) => e is DecisionFailed { InnerException: { } inner } ? inner : e;

    /// <summary>Marks an exception thrown by a decision itself, as opposed to one from the store.</summary>
    sealed class DecisionFailed(Exception inner) : Exception("A decision failed.", inner);

    /// <summary>Stops taking new writes; what is queued is still written.</summary>
    public async ValueTask DisposeAsync()
    {
        waiting.Writer.TryComplete();
        await grouping;
    }

    public void Dispose() => waiting.Writer.TryComplete();
}
