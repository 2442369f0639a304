using System.Text.Json;
using Alba;

namespace Divergence.Server.Tests.Alerts;

/// <summary>Subscription requests as a client makes them.</summary>
public static class AlertsApi
{
    public static async Task<(Guid Id, string Secret)> Subscribe(this IAlbaHost host, AlertReceiver receiver, string path,
        object? filter = null, string format = "json")
    {
        var created = await host.PostJson("/api/alerts/subscriptions",
            new { name = path, filter, webhook = new { url = receiver.Url(path), format } }, 201);
        var secret = created.GetProperty("secret").GetString()!;
        receiver.Secrets[path] = secret;
        return (created.GetProperty("subscription").GetProperty("id").GetGuid(), secret);
    }

    public static async Task<JsonElement> Subscription(this IAlbaHost host, Guid id) => await host.GetJson($"/api/alerts/subscriptions/{id}");
}
