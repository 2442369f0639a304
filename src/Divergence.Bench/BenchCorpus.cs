using Divergence.Analysis;
using Divergence.Analysis.Evaluation;
using Divergence.Analysis.Text;
using Divergence.Server.Statements;

namespace Divergence.Bench;

/// <summary>One statement of the labelled corpus, with its analysis computed once (the store benchmarks reuse it).</summary>
public sealed record CorpusStatement(int Pair, string Issuer, string Language, string Text, string Hash)
{
    public StatementAnalysis Analysis { get; set; } = null!;

    /// <summary>The content words of each embedded claim: exactly what the model sees for this statement.</summary>
    public List<string> ModelInputs => Analysis.Claims.Where(c => c.Embedding is not null)
        .Select(c => string.Join(' ', ContentWords.Of(c.Text))).ToList();

    public RecordStatement Command(string engagement, DateTimeOffset publishedAt) => new(
        engagement, $"Bench engagement {engagement}", Issuer, $"{Issuer} (bench)", Language, publishedAt,
        $"Statement by {Issuer}", "https://example.org/bench", Text);
}

/// <summary>The 27 labelled pairs of tests/corpus: real-sized releases in English and Korean, two per engagement.</summary>
public sealed class BenchCorpus
{
    public IReadOnlyList<CorpusStatement> Statements { get; }
    public int Pairs { get; }

    BenchCorpus(IReadOnlyList<CorpusPair> pairs)
    {
        Pairs = pairs.Count;
        Statements = pairs.SelectMany((p, i) => new[]
        {
            new CorpusStatement(i, p.Labels.IssuerA, p.Labels.LanguageA ?? "en", p.TextA, ContentHash.Of(p.TextA)),
            new CorpusStatement(i, p.Labels.IssuerB, p.Labels.LanguageB ?? "en", p.TextB, ContentHash.Of(p.TextB)),
        }).ToList();
    }

    public static BenchCorpus Load(string directory, StatementAnalyzer analyzer)
    {
        var corpus = new BenchCorpus(CorpusPair.LoadAll(directory));
        if (corpus.Pairs == 0) throw new InvalidOperationException($"no labelled pairs in {directory}");
        foreach (var s in corpus.Statements) s.Analysis = analyzer.Analyze(s.Text, s.Language);
        return corpus;
    }

    public (CorpusStatement A, CorpusStatement B) Pair(int n) => (Statements[2 * (n % Pairs)], Statements[2 * (n % Pairs) + 1]);
}
