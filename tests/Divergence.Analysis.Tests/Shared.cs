using Divergence.Analysis.Comparison;

namespace Divergence.Analysis.Tests;

/// <summary>One analyzer for all tests (the model loads once per process), and the comparison most tests make.</summary>
static class Shared
{
    public static readonly StatementAnalyzer Analyzer = new();

    /// <summary>Two one-statement accounts compared, by default at the reporting threshold.</summary>
    public static ComparisonResult Compare(string issuerA, string a, string langA, string issuerB, string b, string langB,
        double minimumConfidence = AccountComparer.ReportingConfidence) =>
        new AccountComparer().Compare(
            new Account(issuerA, [new AccountStatement("a", Analyzer.Analyze(a, langA))]),
            new Account(issuerB, [new AccountStatement("b", Analyzer.Analyze(b, langB))]), minimumConfidence);

    public static string? CorpusFolder(string name = "corpus")
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", name);
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
