using System.Diagnostics;
using Divergence.Server.Infrastructure;
using Divergence.Server.Statements;

namespace Divergence.Bench;

/// <summary>
/// Figure 3, batch path: the same pre-analysed statements (two per engagement, as the per-request figure) through
/// EngagementBatchWriter, <see cref="PerBatch"/> statements per SaveChanges. Two workers per core (the raw append
/// has one): deciding is CPU work, so one worker decides while another waits on PostgreSQL.
/// </summary>
public static class StoreBatchBench
{
    public const int PerBatch = 100;
    public const int Workers = 4;

    public static async Task<(double Rate, int Statements, int Events)> Run(BenchContext ctx, EngagementBatchWriter writer, int statements)
    {
        await Write(ctx, writer, "batch-warm", 0, PerBatch); // plans and schema, as the per-request warm-up
        var batches = (statements + PerBatch - 1) / PerBatch;
        var next = -1;
        var events = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            int b;
            while ((b = Interlocked.Increment(ref next)) < batches)
                Interlocked.Add(ref events, await Write(ctx, writer, "batch", b * PerBatch, PerBatch));
        })));
        return (batches * PerBatch / clock.Elapsed.TotalSeconds, batches * PerBatch, events);
    }

    static async Task<int> Write(BenchContext ctx, EngagementBatchWriter writer, string prefix, int first, int count)
    {
        var units = Enumerable.Range(first, count).Select(n =>
        {
            var s = ctx.Corpus.Statements[n % ctx.Corpus.Statements.Count];
            var key = $"{prefix}-{n / 2:D6}";
            var command = s.Command(key, EngagementEvents.Epoch.AddMinutes(n));
            var id = Guid.CreateVersion7();
            return new EngagementUnit<RecordStatementEndpoint.Decision>(key,
                (current, book) => RecordStatementEndpoint.Decide(current, book, command, s.Hash, s.Analysis, id));
        }).ToList();
        var decisions = await writer.WriteMany(units, CancellationToken.None);
        return decisions.Sum(d => d.Events.Length);
    }
}
