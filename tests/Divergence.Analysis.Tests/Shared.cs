namespace Divergence.Analysis.Tests;

/// <summary>One analyzer for all tests: the model loads once per process.</summary>
static class Shared
{
    public static readonly StatementAnalyzer Analyzer = new();

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
