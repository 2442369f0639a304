namespace Divergence.Analysis.Tests;

/// <summary>Data files that live beside the tests, and the topics the analyzer gives one sentence.</summary>
static class TestData
{
    public static string File(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Divergence.Analysis.Tests", name);
            if (System.IO.File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"tests/Divergence.Analysis.Tests/{name} not found");
    }

    /// <summary>Tab-separated sentence pairs, one a line.</summary>
    public static TheoryData<string, string> Pairs(string name)
    {
        var data = new TheoryData<string, string>();
        foreach (var line in System.IO.File.ReadLines(File(name)).Where(l => l.Length > 0))
        {
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1]);
        }
        return data;
    }

    public static List<string> TopicsOf(string sentence, string language) =>
        Shared.Analyzer.Analyze(sentence, language).Claims.SelectMany(c => c.Topics).Distinct().ToList();
}
