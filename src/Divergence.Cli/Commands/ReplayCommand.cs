using System.Text.Json;

namespace Divergence.Cli.Commands;

/// <summary>`divergence replay --as-of D [--known-at T]`: every engagement's omissions as they stood then.</summary>
static class ReplayCommand
{
    public static async Task<int> Run(CommandLine cl)
    {
        cl.RejectUnknown("server", "as-of", "known-at", "analysis", "json");
        if (cl.Positionals.Count != 0) throw new UsageException("replay takes no arguments: divergence replay --as-of 2025-08-01");
        if (cl.Optional("as-of", "") == "" && cl.Optional("known-at", "") == "")
            throw new UsageException("replay needs --as-of (publication time) and/or --known-at (recording time)");
        var query = TimeQuery.From(cl);
        using var server = ServerClient.From(cl);
        var reports = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var (_, listing) = await server.Get($"api/engagements?pageSize=500&page={page}&{query}");
            foreach (var item in listing.GetProperty("items").EnumerateArray())
                reports.Add((await server.Get($"api/engagements/{Uri.EscapeDataString(item.GetProperty("key").GetString()!)}/report?{query}")).Body);
            if (page * 500 >= listing.GetProperty("total").GetInt64()) break;
        }
        if (cl.Flag("json")) { Console.WriteLine(JsonSerializer.Serialize(reports)); return 0; }
        Console.WriteLine($"{reports.Count} engagement(s) {Describe(cl)}");
        foreach (var report in reports)
        {
            Console.WriteLine();
            ReportCommand.Write(Console.Out, report);
        }
        return 0;
    }

    static string Describe(CommandLine cl) => string.Join(", ", new[]
    {
        cl.Optional("as-of", "") is { Length: > 0 } a ? $"as published by {a}" : null,
        cl.Optional("known-at", "") is { Length: > 0 } k ? $"as recorded by {k}" : null,
    }.Where(x => x is not null));
}
