using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Divergence.Server.Statements;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace Divergence.Bench;

/// <summary>
/// Figure 3: recording pre-analysed statements through the server's own path (EngagementWriter: fetch for
/// writing, pure decision, append, inline projection, retry on conflicts), against a bare Marten batch append
/// of exactly the events that path produced, and a raw Npgsql binary COPY of rows of the same size.
/// </summary>
public static class StoreBench
{
    const int Clients = 8;

    public static async Task Run(BenchContext ctx)
    {
        // A schema of its own, as the raw baselines have: in the shared one the server left running by the ingest
        // section projects every measured write on the same two cores (its async daemon), which the raw appends
        // never pay. The daemon's cost is in the ingest rows and the rebuild row.
        await using var own = InProcessStore.Build(StoreSchema(ctx));
        var written = new ConcurrentQueue<(string Key, object[] Events)>();
        var writer = own.Writer;
        // One warm-up write: schema creation and the first fetch/append plans are not what we measure.
        await Write(ctx, writer, "store-warm", 0, new ConcurrentQueue<(string, object[])>());
        var store = await LoadGenerator.Run(Clients, ctx.Options.Phase, n => Write(ctx, writer, "store", n, written));
        var statements = written.Count;
        var events = written.Sum(w => w.Events.Length);

        var rawSchema = ctx.Options.Schema + "_raw";
        using var bare = InProcessStore.Bare(ctx.Options.ConnectionString, rawSchema);
        await bare.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var marten = await BatchAppend(bare, written.ToList());
        var copy = await Copy(ctx.Options.ConnectionString, rawSchema, written.ToList());

        var (batchRate, batchStatements, batchEvents) = await StoreBatchBench.Run(ctx, own.BatchWriter, statements);
        var storeRate = statements / store.Elapsed.TotalSeconds;
        var martenRate = statements / marten.TotalSeconds;
        var copyRate = statements / copy.TotalSeconds;
        ctx.Add(new Figure($"store-only append, batch path (EngagementBatchWriter, {StoreBatchBench.PerBatch} statements a SaveChanges, {StoreBatchBench.Workers} workers)",
            ">= 0.50x raw Marten batch append",
            $"{batchRate:0} statements/s ({batchRate * batchEvents / batchStatements:0} events/s; {batchStatements} statements, {batchEvents} events); raw Marten batch {martenRate:0}/s",
            batchRate / martenRate, batchRate / martenRate >= 0.5, ctx.Options.Command + " --only store"));
        ctx.Add(new Figure($"store-only append, one statement a request (ingest path), {Clients} clients (pre-analysed)", "- (per request; the target is the batch row)",
            $"{storeRate:0} statements/s ({storeRate * events / statements:0} events/s), {store.Latencies}, {store.Failures} failed; " +
            $"raw Marten batch {martenRate:0}/s ({martenRate * events / statements:0} events/s), raw COPY {copyRate:0}/s ({copyRate * events / statements:0} rows/s)",
            storeRate / martenRate, null, ctx.Options.Command + " --only store"));
        ctx.Add(new Figure("raw Marten batch append / raw Npgsql COPY", "-", $"{events} events of {statements} statements",
            martenRate / copyRate, null, ctx.Options.Command + " --only store"));
    }

    public static string StoreSchema(BenchContext ctx) => ctx.Options.Schema + "_store";

    static async Task<bool> Write(BenchContext ctx, Divergence.Server.Infrastructure.EngagementWriter writer, string prefix, int n,
        ConcurrentQueue<(string, object[])> written)
    {
        var s = ctx.Corpus.Statements[n % ctx.Corpus.Statements.Count];
        var key = $"{prefix}-{n / 2:D6}";
        var command = s.Command(key, EngagementEvents.Epoch.AddMinutes(n));
        var decision = await writer.WriteGrouped(key, (current, book) => RecordStatementEndpoint.Decide(current, book, command, s.Hash, s.Analysis, Guid.CreateVersion7()),
            CancellationToken.None);
        written.Enqueue((key, decision.Events));
        return true;
    }

    /// <summary>The same events per stream, ~100 events per SaveChanges, one worker per core.</summary>
    static async Task<TimeSpan> BatchAppend(IDocumentStore bare, IReadOnlyList<(string Key, object[] Events)> written)
    {
        var byStream = written.GroupBy(w => w.Key).Select(g => (Key: "raw-" + g.Key, Events: g.SelectMany(w => w.Events).ToArray())).ToList();
        var batches = new List<List<(string Key, object[] Events)>>();
        foreach (var s in byStream)
        {
            if (batches.Count == 0 || batches[^1].Sum(b => b.Events.Length) >= 100) batches.Add([]);
            batches[^1].Add(s);
        }
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < batches.Count)
            {
                await using var session = bare.LightweightSession();
                foreach (var (key, events) in batches[i]) session.Events.StartStream(key, events);
                await session.SaveChangesAsync();
            }
        })));
        return clock.Elapsed;
    }

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Each event as one jsonb row with its stream and type: the floor of what any append costs here.</summary>
    static async Task<TimeSpan> Copy(string connectionString, string schema, IReadOnlyList<(string Key, object[] Events)> written)
    {
        var rows = written.SelectMany(w => w.Events.Select(e => (w.Key, Type: e.GetType().Name, Data: JsonSerializer.Serialize(e, e.GetType(), Json)))).ToList();
        await Sql.Execute(connectionString,
            $"create table {schema}.copy_rows (seq bigserial primary key, stream_id text not null, type text not null, data jsonb not null, at timestamptz not null default now())");
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        var clock = Stopwatch.StartNew();
        await using (var import = await conn.BeginBinaryImportAsync($"copy {schema}.copy_rows (stream_id, type, data) from stdin (format binary)"))
        {
            foreach (var (key, type, data) in rows)
            {
                await import.StartRowAsync();
                await import.WriteAsync(key, NpgsqlDbType.Text);
                await import.WriteAsync(type, NpgsqlDbType.Text);
                await import.WriteAsync(data, NpgsqlDbType.Jsonb);
            }
            await import.CompleteAsync();
        }
        return clock.Elapsed;
    }
}
