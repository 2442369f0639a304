using System.Diagnostics;
using Divergence.Analysis;
using Divergence.Analysis.Embedding;
using Divergence.Analysis.Text;

namespace Divergence.Cli.Commands;

/// <summary>
/// `divergence bench-analysis [FILE]`: warm analysis time of a ~2,000-character statement, and its ratio to bare
/// model inference over the same claims (what the engine adds around the model). scripts/bench-analysis pins
/// the process to one core.
/// </summary>
static class BenchAnalysisCommand
{
    const int TargetCharacters = 2000;

    public static int Run(CommandLine cl)
    {
        cl.RejectUnknown("runs");
        var runs = (int)cl.Number("runs", 30, 3, 1000);
        var text = Statement(cl.Positionals.Count > 0 ? StatementFile.Read(cl.Positionals[0]) : null);
        var analyzer = new StatementAnalyzer();
        var embedder = SentenceEmbedder.Shared;

        var first = analyzer.Analyze(text, "en"); // warm-up: loads the model, JITs the code
        var contents = first.Claims.Where(c => c.Embedding is not null)
            .Select(c => string.Join(' ', ContentWords.Of(c.Text))).ToList();
        embedder.Embed(contents);

        var analysis = Median(runs, () => analyzer.Analyze(text, "en"));
        var inference = Median(runs, () => embedder.Embed(contents));
        var allocated = AllocatedPerRun(runs, () => analyzer.Analyze(text, "en"));

        Console.WriteLine($"{analyzer.Version}; {text.Length} characters, {first.Claims.Count} claims ({contents.Count} embedded), median of {runs} warm runs, {Environment.ProcessorCount} core(s) visible");
        Console.WriteLine();
        Console.WriteLine($"{"measure",-34} {"value",10} {"target",10}");
        Console.WriteLine($"{"analysis, ms per statement",-34} {analysis,10:0.0} {"< 100",10}");
        Console.WriteLine($"{"bare inference, ms (same claims)",-34} {inference,10:0.0} {"",10}");
        Console.WriteLine($"{"ratio analysis / inference",-34} {analysis / inference,10:0.00} {"<= 1.30",10}");
        Console.WriteLine($"{"allocated per statement, MB",-34} {allocated / 1e6,10:0.0} {"",10}");
        Console.WriteLine($"{"resident memory, MB",-34} {Process.GetCurrentProcess().WorkingSet64 / 1e6,10:0} {"< 600",10}");
        return 0;
    }

    /// <summary>The given statement, or the seed samples' body paragraphs (the worst case: every claim is
    /// embedded), repeated up to the last sentence end within 2,000 characters.</summary>
    static string Statement(string? given)
    {
        var source = given ?? string.Join("\n\n", Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt")
            .Order(StringComparer.Ordinal).SelectMany(File.ReadAllLines).Where(l => l.Length > 100));
        var text = source;
        while (text.Length < TargetCharacters) text += "\n\n" + source;
        var cut = text.LastIndexOf('.', TargetCharacters - 1);
        return cut > TargetCharacters / 2 ? text[..(cut + 1)] : text[..TargetCharacters];
    }

    /// <summary>Managed bytes allocated by one run (what the server's garbage collector pays for per statement).</summary>
    static double AllocatedPerRun(int runs, Action action)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < runs; i++) action();
        return (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)runs;
    }

    static double Median(int runs, Action action)
    {
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times[i] = sw.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return times[runs / 2];
    }
}
