namespace Divergence.Cli.Commands;

/// <summary>`divergence reanalyze` and `divergence projections rebuild`: maintenance on a running server.</summary>
static class AdminCommands
{
    public static async Task<int> Reanalyze(CommandLine cl)
    {
        cl.RejectUnknown("server", "engagement", "json");
        using var server = ServerClient.From(cl);
        var engagement = cl.Optional("engagement", "") is { Length: > 0 } e ? e : null;
        var (_, result) = await server.Post("api/reanalysis", new { engagement });
        if (cl.Flag("json")) { Console.WriteLine(result.GetRawText()); return 0; }
        Console.WriteLine($"{result.GetProperty("analyzer").GetString()}: {result.GetProperty("versionsReanalyzed").GetInt32()} statement version(s) " +
                          $"re-read in {result.GetProperty("engagements").GetInt32()} engagement(s); " +
                          $"{result.GetProperty("opened").GetInt32()} divergence(s) opened, {result.GetProperty("closed").GetInt32()} closed");
        return 0;
    }

    public static async Task<int> Projections(CommandLine cl)
    {
        cl.RejectUnknown("server", "json");
        if (cl.Positionals is not ["rebuild"]) throw new UsageException("usage: divergence projections rebuild");
        using var server = ServerClient.From(cl);
        var (_, result) = await server.Post("api/admin/projections/rebuild", new { });
        if (cl.Flag("json")) { Console.WriteLine(result.GetRawText()); return 0; }
        foreach (var p in result.EnumerateArray())
            Console.WriteLine($"rebuilt {p.GetProperty("projection").GetString(),-24} in {p.GetProperty("seconds").GetDouble():0.000} s");
        return 0;
    }
}
