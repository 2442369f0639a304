using System.Diagnostics;
using Divergence.Analysis;

namespace Divergence.Bench;

/// <summary>
/// Runs the benchmark sections side by side in one process (scripts/bench builds it and starts PostgreSQL):
/// every figure is reported with the raw limit measured in the same run, as ratios, because absolute times
/// drift on a shared machine. Everything lives in a schema of its own, dropped at the end.
/// </summary>
public static class BenchMain
{
    public static async Task<int> Main(string[] args)
    {
        BenchOptions o;
        try { o = BenchOptions.Parse(args); }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"bench: {e.Message}");
            Console.Error.WriteLine("usage: Divergence.Bench --corpus DIR --server Divergence.Server.dll [--quick] [--only analysis,ingest,store,read,asof,rebuild] [--markdown FILE]");
            return 2;
        }
        var header = $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {MemoryGiB():0} GiB, {(o.Quick ? "quick" : "full")} run, schema {o.Schema}";
        Console.WriteLine($"bench: {header}");

        var clock = Stopwatch.StartNew();
        var analyzer = new StatementAnalyzer();
        var corpus = BenchCorpus.Load(o.CorpusDirectory, analyzer);
        Console.WriteLine($"bench: {corpus.Statements.Count} corpus statements analysed in {clock.Elapsed.TotalSeconds:0.0} s (model load included)");
        await using var ctx = new BenchContext(o, corpus, analyzer, InProcessStore.Build(o.Schema));
        try
        {
            await Section(ctx, "analysis", async () =>
            {
                await AnalysisBench.Run(ctx, 1);
                await AnalysisBench.Run(ctx, 2);
            });
            await Section(ctx, "cost", () => { CostBreakdown.Run(ctx); return Task.CompletedTask; });
            await Section(ctx, "ingest", () => IngestBench.Run(ctx));
            await Section(ctx, "store", () => StoreBench.Run(ctx));
            await Section(ctx, "read", () => ReadBench.Run(ctx));
            await Section(ctx, "asof", () => AsOfBench.Run(ctx));
            if (ctx.ServerIfStarted is { } server)
            {
                var (rss, peak) = server.Memory();
                ctx.Add(new Figure("server RSS with the model loaded (after the load above)", "<= 600 MB",
                    $"{rss:0} MB now, peak {peak:0} MB", peak / 600, peak <= 600, o.Command + " --only ingest,read"));
            }
            await Section(ctx, "rebuild", () => RebuildBench.Run(ctx));
        }
        finally
        {
            await ctx.DisposeAsync();
            await Sql.Execute(o.ConnectionString, $"drop schema if exists {o.Schema} cascade; drop schema if exists {o.Schema}_raw cascade; drop schema if exists {o.Schema}_store cascade;");
        }

        ResultTable.Print(ctx.Figures);
        Console.WriteLine($"\nbench: {clock.Elapsed.TotalMinutes:0.0} min in all");
        if (o.MarkdownOut is { } path) await File.WriteAllTextAsync(path, ResultTable.Markdown(ctx.Figures, header));
        return 0;
    }

    static async Task Section(BenchContext ctx, string name, Func<Task> run)
    {
        if (!ctx.Options.Runs(name)) return;
        Console.WriteLine($"bench: {name}...");
        var clock = Stopwatch.StartNew();
        await run();
        Console.WriteLine($"bench: {name} done in {clock.Elapsed.TotalSeconds:0} s");
    }

    static double MemoryGiB()
    {
        var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:"));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024 / 1024;
    }
}
