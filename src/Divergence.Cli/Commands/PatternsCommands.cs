namespace Divergence.Cli.Commands;

/// <summary>`divergence timeline TOPIC` and `divergence stats`: patterns across engagements.</summary>
static class PatternsCommands
{
    public static async Task<int> Timeline(CommandLine cl)
    {
        cl.RejectUnknown("server", "as-of", "json");
        if (cl.Positionals.Count != 1) throw new UsageException("timeline takes one topic id (see 'divergence taxonomy')");
        using var server = ServerClient.From(cl);
        var (_, t) = await server.Get($"api/topics/{Uri.EscapeDataString(cl.Positionals[0])}/timeline?{TimeQuery.From(cl)}");
        if (cl.Flag("json")) { Console.WriteLine(t.GetRawText()); return 0; }
        Console.WriteLine($"{Terminal.Safe(t.GetProperty("label").GetString())} ({Terminal.Safe(t.GetProperty("topic").GetString())})");
        foreach (var e in t.GetProperty("entries").EnumerateArray())
            Console.WriteLine($"  {e.GetProperty("publishedAt").GetDateTimeOffset():yyyy-MM-dd}  {Terminal.Safe(e.GetProperty("engagement").GetString()),-40} " +
                              $"stated by {Terminal.Safe(string.Join(", ", e.GetProperty("statedBy").EnumerateArray()))}; " +
                              $"omitted by {(e.GetProperty("omittedBy").GetArrayLength() == 0 ? "none" : Terminal.Safe(string.Join(", ", e.GetProperty("omittedBy").EnumerateArray())))}");
        return 0;
    }

    public static async Task<int> Stats(CommandLine cl)
    {
        cl.RejectUnknown("server", "stated-by", "omitted-by", "topic", "as-of", "json");
        var query = new List<string>();
        foreach (var (option, parameter) in new[] { ("stated-by", "statedBy"), ("omitted-by", "omittedBy"), ("topic", "topic"), ("as-of", "asOf") })
            if (cl.Optional(option, "") is { Length: > 0 } v) query.Add($"{parameter}={Uri.EscapeDataString(v)}");
        using var server = ServerClient.From(cl);
        var (_, s) = await server.Get($"api/statistics/issuer-pairs?{string.Join('&', query)}");
        if (cl.Flag("json")) { Console.WriteLine(s.GetRawText()); return 0; }
        Console.WriteLine($"{"stated by",-10} {"omitted by",-10} {"topic",-32} {"stated",6} {"omitted",7} {"rate",5}");
        foreach (var r in s.GetProperty("rates").EnumerateArray())
            Console.WriteLine($"{Terminal.Safe(r.GetProperty("statedBy").GetString()),-10} {Terminal.Safe(r.GetProperty("omittedBy").GetString()),-10} {Terminal.Safe(r.GetProperty("topic").GetString()),-32} " +
                              $"{r.GetProperty("stated").GetInt32(),6} {r.GetProperty("omitted").GetInt32(),7} {r.GetProperty("rate").GetDouble(),5:0.00}");
        return 0;
    }
}
