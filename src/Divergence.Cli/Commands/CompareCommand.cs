using System.Text.Json;
using Divergence.Analysis;
using Divergence.Analysis.Comparison;
using Divergence.Analysis.Text;

namespace Divergence.Cli.Commands;

/// <summary>`divergence compare`: the engine on two files, no database. Its JSON is a stable contract.</summary>
static class CompareCommand
{
    public static int Run(CommandLine cl)
    {
        cl.RejectUnknown("issuer-a", "issuer-b", "language-a", "language-b", "min-confidence", "json");
        if (cl.Positionals.Count != 2) throw new UsageException("compare takes exactly two files: divergence compare A.txt B.txt --issuer-a X --issuer-b Y");
        var issuerA = cl.Required("issuer-a");
        var issuerB = cl.Required("issuer-b");
        if (issuerA == issuerB) throw new UsageException("--issuer-a and --issuer-b must differ");
        var minimum = cl.Number("min-confidence", 0, 0, 1);
        var textA = StatementFile.Read(cl.Positionals[0]);
        var textB = StatementFile.Read(cl.Positionals[1]);

        var analyzer = new StatementAnalyzer();
        var a = Account(issuerA, Path.GetFileName(cl.Positionals[0]), analyzer.Analyze(textA, cl.Optional("language-a", Language.Guess(textA))));
        var b = Account(issuerB, Path.GetFileName(cl.Positionals[1]), analyzer.Analyze(textB, cl.Optional("language-b", Language.Guess(textB))));
        var result = new AccountComparer(analyzer.Taxonomy).Compare(a, b, minimum);

        if (cl.Flag("json"))
            Console.WriteLine(JsonSerializer.Serialize(CompareJson.From(analyzer.Version, result), CompareJson.Options));
        else
            CompareTable.Write(Console.Out, result);
        return 0;
    }

    static Account Account(string issuer, string statementId, StatementAnalysis analysis) =>
        new(issuer, [new AccountStatement(statementId, analysis)]);
}
