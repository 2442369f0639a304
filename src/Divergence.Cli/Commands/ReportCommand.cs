using System.Text.Json;

namespace Divergence.Cli.Commands;

/// <summary>`divergence report KEY`: an engagement's omission report from a running server.</summary>
static class ReportCommand
{
    public static async Task<int> Run(CommandLine cl)
    {
        cl.RejectUnknown("server", "min-confidence", "as-of", "known-at", "analysis", "json");
        if (cl.Positionals.Count != 1) throw new UsageException("report takes one engagement key: divergence report KEY");
        var minimum = cl.Number("min-confidence", 0, 0, 1);
        using var server = ServerClient.From(cl);
        var query = TimeQuery.From(cl) + $"&minConfidence={minimum}";
        var (_, report) = await server.Get($"api/engagements/{Uri.EscapeDataString(cl.Positionals[0])}/report?{query}");
        if (cl.Flag("json")) { Console.WriteLine(report.GetRawText()); return 0; }
        Write(Console.Out, report);
        return 0;
    }

    internal static void Write(TextWriter to, JsonElement r)
    {
        to.WriteLine($"{Terminal.Safe(r.GetProperty("title").GetString())} ({Terminal.Safe(r.GetProperty("engagement").GetString())})");
        foreach (var s in r.GetProperty("statements").EnumerateArray())
            to.WriteLine($"  {Terminal.Safe(s.GetProperty("issuer").GetString()),-10} {s.GetProperty("publishedAt").GetDateTimeOffset():yyyy-MM-dd HH:mm zzz}  {Terminal.Safe(s.GetProperty("title").GetString())}");
        var omissions = r.GetProperty("omissions").EnumerateArray().ToList();
        to.WriteLine($"\n{omissions.Count} omission(s):");
        foreach (var o in omissions)
        {
            var evidence = o.GetProperty("evidence");
            to.WriteLine($"  - {Terminal.Safe(o.GetProperty("omittedBy").GetString())} left out what {Terminal.Safe(o.GetProperty("statedBy").GetString())} stated: " +
                         $"{Terminal.Safe(o.GetProperty("label").GetString())} (confidence {o.GetProperty("confidence").GetDouble():0.00})");
            to.WriteLine($"      \"{Terminal.Safe(evidence.GetProperty("text").GetString())}\"");
        }
        var framing = r.GetProperty("framing").EnumerateArray().ToList();
        if (framing.Count == 0) return;
        to.WriteLine($"\n{framing.Count} framing difference(s):");
        foreach (var f in framing)
        {
            to.WriteLine($"  - {Terminal.Safe(f.GetProperty("label").GetString())}");
            foreach (var side in new[] { f.GetProperty("a"), f.GetProperty("b") })
                to.WriteLine($"      {Terminal.Safe(side.GetProperty("issuer").GetString())}: \"{Terminal.Safe(side.GetProperty("text").GetString())}\"");
        }
    }
}
