using System.Text.Json;
using System.Text.RegularExpressions;

namespace Divergence.Cli.Commands;

/// <summary>`divergence import FILE.jsonl`: records many statements (one JSON object a line) through POST /api/statements/batch.</summary>
static partial class ImportCommand
{
    public static async Task<int> Run(CommandLine cl)
    {
        cl.RejectUnknown("server", "batch");
        if (cl.Positionals.Count != 1) throw new UsageException("import takes one file of JSON lines: divergence import FILE.jsonl [--server URL]");
        var batchSize = (int)cl.Number("batch", 100, 1, 500);
        var lines = Read(cl.Positionals[0]);
        if (lines.Count == 0) throw new IOException($"{cl.Positionals[0]}: no statements (one JSON object a line)");

        using var server = ServerClient.From(cl);
        int created = 0, duplicates = 0;
        var engagements = new HashSet<string>();
        foreach (var chunk in lines.Chunk(batchSize))
        {
            var (status, answer) = await server.Send("api/statements/batch", new { statements = chunk.Select(l => l.Json) });
            if (status >= 400)
            {
                // Name the file's line, not the item's index in the batch; say what is already in.
                var done = chunk[0].Number == lines[0].Number ? "nothing was recorded" : $"lines before {chunk[0].Number} were recorded";
                throw new IOException(ServerClient.Describe(status, answer, name => Item().Replace(name, m => $"line {chunk[int.Parse(m.Groups[1].Value)].Number} ")) + $" ({done})");
            }
            foreach (var item in answer.GetProperty("statements").EnumerateArray())
            {
                if (item.GetProperty("duplicate").GetBoolean()) duplicates++; else created++;
                engagements.Add(item.GetProperty("engagement").GetString()!);
            }
        }
        Console.WriteLine($"imported {created + duplicates} statements: {created} recorded, {duplicates} already recorded, {engagements.Count} engagements");
        return 0;
    }

    /// <summary>Every non-blank line must be a JSON object; the first that is not stops the import before anything is sent.</summary>
    static List<(int Number, JsonElement Json)> Read(string path)
    {
        string[] text;
        try { text = File.ReadAllLines(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new IOException($"cannot read {path}: {e.Message}"); }
        var lines = new List<(int, JsonElement)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(text[i])) continue;
            JsonElement json;
            try { json = JsonDocument.Parse(text[i]).RootElement.Clone(); }
            catch (JsonException e) { throw new IOException($"{path}:{i + 1}: not valid JSON: {e.Message.Split('.')[0]}"); }
            if (json.ValueKind != JsonValueKind.Object) throw new IOException($"{path}:{i + 1}: a statement must be a JSON object");
            lines.Add((i + 1, json));
        }
        return lines;
    }

    [GeneratedRegex(@"^statements\[(\d+)\]\.?")]
    private static partial Regex Item();
}
