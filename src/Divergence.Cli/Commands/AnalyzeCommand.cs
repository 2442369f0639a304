using Divergence.Analysis;
using Divergence.Analysis.Comparison;
using Divergence.Analysis.Text;

namespace Divergence.Cli.Commands;

/// <summary>`divergence analyze FILE`: the claims the engine sees in one statement, so a reader can check why a
/// sentence was (or was not) compared.</summary>
static class AnalyzeCommand
{
    public static int Run(CommandLine cl)
    {
        cl.RejectUnknown("language");
        if (cl.Positionals.Count != 1) throw new UsageException("analyze takes one file: divergence analyze A.txt");
        var text = StatementFile.Read(cl.Positionals[0]);
        var analysis = new StatementAnalyzer().Analyze(text, cl.Optional("language", Language.Guess(text)));
        Console.WriteLine($"{analysis.AnalyzerVersion}; {analysis.SentenceCount} sentences, {analysis.Claims.Count} claims");
        foreach (var c in analysis.Claims)
        {
            var mark = c.Debris ? "debris" : string.Join(',', c.Topics.Concat(c.Qualifiers));
            var content = c.Debris ? "" : $"  {{{string.Join(' ', ContentWords.Of(c.Text))}}}";
            // The topic a claim no phrase names sits closest to: it may cover that topic for the other side.
            var near = c.NearTopic is { } topic ? $"  ~{topic} {c.NearTopicSimilarity:0.00}" : "";
            // The stances the framing check compares (open, decided, approval, demand, objection, ...).
            var stances = c.Debris ? "" : string.Join(',', StanceMarkers.Stances(c.Text).Order());
            var stance = stances.Length > 0 ? $"  <{stances}>" : "";
            Console.WriteLine($"{c.Sentence,3} {c.Start,5}-{c.End,-5} [{mark}] {c.Text}{content}{near}{stance}");
        }
        return 0;
    }
}
