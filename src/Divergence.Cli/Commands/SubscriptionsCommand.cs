using System.Text.Json;

namespace Divergence.Cli.Commands;

/// <summary>`divergence subscriptions create|list|show|pause|resume|delete`: alert subscriptions on a running server.</summary>
static class SubscriptionsCommand
{
    const string Path = "api/alerts/subscriptions";

    public static async Task<int> Run(CommandLine cl)
    {
        var verb = cl.Positionals.Count > 0 ? cl.Positionals[0] : throw new UsageException(
            "usage: divergence subscriptions create|list|show ID|pause ID|resume ID|delete ID");
        using var server = ServerClient.From(cl);
        var (_, body) = verb switch
        {
            "create" => await server.Post(Path, SubscriptionRequest.From(cl)),
            "list" => await Plain(cl, () => server.Get(Path)),
            "show" => await Plain(cl, () => server.Get($"{Path}/{Id(cl)}")),
            "pause" or "resume" => await Plain(cl, () => server.Post($"{Path}/{Id(cl)}/{verb}", new { })),
            "delete" => await Plain(cl, () => server.Delete($"{Path}/{Id(cl)}")),
            _ => throw new UsageException($"unknown subscriptions command '{verb}' (create, list, show, pause, resume, delete)"),
        };
        if (cl.Flag("json")) { Console.WriteLine(body.ValueKind == JsonValueKind.Undefined ? "{}" : body.GetRawText()); return 0; }
        switch (verb)
        {
            case "create":
                Write(body.GetProperty("subscription"));
                Console.WriteLine($"secret: {Terminal.Safe(body.GetProperty("secret").GetString())}  (shown once: keep it to verify signatures)");
                break;
            case "list":
                foreach (var s in body.EnumerateArray()) Write(s);
                if (body.GetArrayLength() == 0) Console.WriteLine("no subscriptions");
                break;
            case "delete":
                Console.WriteLine($"deleted {Id(cl)}");
                break;
            default:
                Write(body);
                break;
        }
        return 0;
    }

    static async Task<(int, JsonElement)> Plain(CommandLine cl, Func<Task<(int, JsonElement)>> call)
    {
        cl.RejectUnknown("server", "json");
        return await call();
    }

    static string Id(CommandLine cl) =>
        cl.Positionals.Count == 2 && Guid.TryParse(cl.Positionals[1], out var id)
            ? id.ToString()
            : throw new UsageException($"subscriptions {cl.Positionals[0]} takes one subscription id (see 'divergence subscriptions list')");

    static void Write(JsonElement s)
    {
        var destination = s.GetProperty("webhook") is { ValueKind: JsonValueKind.Object } w
            ? $"webhook {w.GetProperty("url").GetString()} ({w.GetProperty("format").GetString()})"
            : $"email {s.GetProperty("email").GetProperty("to").GetString()} ({s.GetProperty("email").GetProperty("mode").GetString()})";
        var delivery = s.GetProperty("delivery");
        var last = delivery.GetProperty("lastSuccessAt") is { ValueKind: JsonValueKind.String } at ? at.GetString() : "never";
        Console.WriteLine($"{s.GetProperty("id").GetString()}  {Terminal.Safe(s.GetProperty("name").GetString())}{(s.GetProperty("paused").GetBoolean() ? "  [paused]" : "")}");
        Console.WriteLine($"    to {Terminal.Safe(destination)}; delivered {delivery.GetProperty("delivered").GetInt32()}, " +
                          $"pending {delivery.GetProperty("pending").GetInt32()}, dead-lettered {delivery.GetProperty("deadLettered").GetInt32()}, " +
                          $"last success {last}, recent failures {delivery.GetProperty("recentFailures").GetArrayLength()}");
    }
}
