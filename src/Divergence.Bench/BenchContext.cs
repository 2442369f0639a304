using Divergence.Analysis;

namespace Divergence.Bench;

/// <summary>What the sections share: options, the analysed corpus, the in-process store, the server process, the results.</summary>
public sealed class BenchContext(BenchOptions options, BenchCorpus corpus, StatementAnalyzer analyzer, InProcessStore store) : IAsyncDisposable
{
    readonly List<Figure> figures = [];
    ServerProcess? server;

    public BenchOptions Options => options;
    public BenchCorpus Corpus => corpus;
    public StatementAnalyzer Analyzer => analyzer;
    public InProcessStore Store => store;
    public IReadOnlyList<Figure> Figures => figures;

    public async Task<ServerProcess> Server() => server ??= await ServerProcess.Start(options);

    public ServerProcess? ServerIfStarted => server;

    /// <summary>This process's own analysis has run long enough for the runtime to finish re-compiling it.</summary>
    public bool AnalysisWarm { get; set; }

    public async Task StopServer()
    {
        if (server is not null) await server.DisposeAsync();
        server = null;
    }

    public void Add(Figure f)
    {
        figures.Add(f);
        Console.WriteLine($"  {f.Name}: {f.Measured}  [{f.RatioText}, target {f.Target}, met: {f.MetText}]");
    }

    bool disposed;

    public async ValueTask DisposeAsync()
    {
        if (disposed) return;
        disposed = true;
        if (server is not null) await server.DisposeAsync();
        await store.DisposeAsync();
    }
}
