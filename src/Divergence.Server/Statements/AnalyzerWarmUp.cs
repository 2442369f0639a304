using Divergence.Analysis;

namespace Divergence.Server.Statements;

/// <summary>
/// Loads the embedding model and the topic prototypes (~900 topic examples embedded) in the background as the server
/// starts, instead of on the first statement. The server answers reads meanwhile; a statement that arrives during
/// the warm-up waits for it (scripts/bench, posting the moment the server answers: first POST 2.3 s -> 1.7 s).
/// Then one full, compacting collection: building the prototypes and the taxonomy's matchers leaves ~100 MB of
/// garbage that a server analysing statements (~0.5 MB each) takes a long time to collect on its own; it held the
/// resident size at 590-650 MB instead of ~510 (scripts/bench --only ingest, RSS sampled every second).
/// </summary>
public sealed class AnalyzerWarmUp(StatementAnalyzer analyzer, ILogger<AnalyzerWarmUp> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            analyzer.Analyze("The two ministers agreed to expand cooperation on trade and energy.", "en");
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Analyzer warm-up failed; the first statement will load the model instead");
        }
    }, stoppingToken);
}
