namespace Divergence.Bench;

/// <summary>Sizes and durations of one run. --quick trades precision for a ~2-minute run.</summary>
public sealed record BenchOptions(
    bool Quick, string CorpusDirectory, string ServerDll, string ConnectionString, string Schema, IReadOnlySet<string> Sections,
    string? MarkdownOut)
{
    // "alerts" is run by scripts/bench (scripts/bench-alerts, a server of its own); accepted here so --only can name it.
    public static readonly string[] AllSections = ["analysis", "ingest", "store", "read", "asof", "rebuild", "cost", "alerts"];

    public TimeSpan Phase => Quick ? TimeSpan.FromSeconds(4) : TimeSpan.FromSeconds(12);
    public int ReadEngagements => Quick ? 1_000 : 10_000;
    public int RebuildStatements => Quick ? 10_000 : 100_000;
    public int AsOfSamples => Quick ? 200 : 1_000;
    public string Command => Quick ? "scripts/bench --quick" : "scripts/bench";

    public bool Runs(string section) => Sections.Contains(section);

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var only = Value("--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? AllSections;
        var unknown = only.Except(AllSections).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"unknown section(s) {string.Join(", ", unknown)}; known: {string.Join(", ", AllSections)}");
        var connection = Environment.GetEnvironmentVariable("DIVERGENCE_DB") is { Length: > 0 } cs
            ? cs : throw new ArgumentException("DIVERGENCE_DB is not set (scripts/bench sets it from scripts/db)");
        return new BenchOptions(
            args.Contains("--quick"),
            Value("--corpus") ?? throw new ArgumentException("--corpus DIR (tests/corpus) is required"),
            Value("--server") ?? throw new ArgumentException("--server PATH (Divergence.Server.dll) is required"),
            connection,
            "bench_" + Guid.NewGuid().ToString("N")[..8],
            only.ToHashSet(),
            Value("--markdown"));
    }
}
