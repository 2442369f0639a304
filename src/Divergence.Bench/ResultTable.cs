using System.Text;

namespace Divergence.Bench;

/// <summary>The results as a console table and as the Markdown table docs/benchmarks.md carries.</summary>
public static class ResultTable
{
    public static void Print(IReadOnlyList<Figure> figures)
    {
        Console.WriteLine();
        Console.WriteLine($"{"figure",-58} {"ratio",8} {"met",4}  {"target",-44} measured");
        foreach (var f in figures)
            Console.WriteLine($"{f.Name,-58} {f.RatioText,8} {f.MetText,4}  {f.Target,-44} {f.Measured}");
    }

    public static string Markdown(IReadOnlyList<Figure> figures, string header)
    {
        var sb = new StringBuilder(header).AppendLine().AppendLine();
        sb.AppendLine("| figure | target | measured | ratio | met? | command |");
        sb.AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var f in figures)
            sb.AppendLine($"| {f.Name} | {f.Target} | {f.Measured} | {f.RatioText} | {f.MetText} | `{f.Command}` |");
        return sb.ToString();
    }
}
