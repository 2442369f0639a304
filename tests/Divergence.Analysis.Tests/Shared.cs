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

    /// <summary>Whether the first (English) account is reported to have said something the second left out.</summary>
    public static bool ReportsOmissionBy(string issuerA, string a, string issuerB, string b) =>
        Compare(issuerA, a, "en", issuerB, b, "en").Omissions.Any(o => o.StatedBy == issuerA);

    /// <summary>The claims of one page, analysed alone.</summary>
    public static IReadOnlyList<Claim> Claims(string page, string language = "en") => Analyzer.Analyze(page, language).Claims;

    /// <summary>Whether the claims carrying these words are the issuer's (none of them debris); they must exist.</summary>
    public static bool Kept(string page, string words)
    {
        var claims = Claims(page).Where(c => c.Text.Contains(words, StringComparison.Ordinal)).ToList();
        claims.ShouldNotBeEmpty();
        return claims.All(c => !c.Debris);
    }

    /// <summary>The clause splitter's pieces of a text, sentence by sentence, without the analyzer around it.</summary>
    public static string[] Pieces(string text) =>
        Text.SentenceSplitter.Split(text).SelectMany(s => Text.ClauseSplitter.Split(text, s)).Select(c => c.Of(text)).ToArray();

    /// <summary>Every topic the page's claims state.</summary>
    public static IReadOnlyList<string> TopicsOf(string page, string language = "en") =>
        Claims(page, language).SelectMany(c => c.Topics).ToList();

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
