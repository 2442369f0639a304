using System.Diagnostics;
using Marten;

namespace Divergence.Bench;

/// <summary>
/// Appends many two-statement engagements, a batch of streams per SaveChanges on two workers. Through the
/// server's store the inline EngagementReport is built as it goes; through a bare store only events are written.
/// </summary>
public static class BulkLoader
{
    public sealed record Loaded(int Engagements, long Events, TimeSpan Elapsed)
    {
        public double EngagementsPerSecond => Engagements / Elapsed.TotalSeconds;
    }

    public static async Task<Loaded> Load(IDocumentStore store, BenchCorpus corpus, string prefix, int count, bool withProjection)
    {
        const int batch = 25;
        var next = -batch;
        long events = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var from = Interlocked.Add(ref next, batch);
                if (from >= count) break;
                await using var session = store.LightweightSession();
                for (var i = from; i < Math.Min(from + batch, count); i++)
                {
                    var key = $"{prefix}-{i:D6}";
                    var stream = EngagementEvents.For(corpus, i, key);
                    Interlocked.Add(ref events, stream.Length);
                    if (withProjection) session.Events.StartStream<Server.Engagements.EngagementReport>(key, stream);
                    else session.Events.StartStream(key, stream);
                }
                await session.SaveChangesAsync();
            }
        })));
        return new Loaded(count, events, clock.Elapsed);
    }
}
