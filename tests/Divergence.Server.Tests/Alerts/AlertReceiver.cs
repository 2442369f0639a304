using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Divergence.Server.Alerts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Divergence.Server.Tests.Alerts;

public sealed record Received(string AlertId, string Path, string Body, bool SignatureValid);

/// <summary>
/// A real webhook receiver: Kestrel on 127.0.0.1, verifying every signature as the README tells receivers to,
/// and counting deliveries per alert id. It can be stopped and started again on the same port.
/// </summary>
public sealed class AlertReceiver : IAsyncDisposable
{
    WebApplication? app;
    public int Port { get; } = ServerProcess.FreePort();
    public ConcurrentDictionary<string, string> Secrets { get; } = new(); // path -> secret
    public ConcurrentQueue<Received> All { get; } = new();
    public ConcurrentDictionary<string, int> Counts { get; } = new();

    public string Url(string path) => $"http://127.0.0.1:{Port}/{path}";

    public async Task Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, Port));
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapPost("/{path}", async (string path, HttpRequest request) =>
        {
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            var id = request.Headers["X-Divergence-Alert-Id"].ToString();
            var valid = Secrets.TryGetValue(path, out var secret) && Signature.Verify(secret, request.Headers["X-Divergence-Timestamp"].ToString(),
                body, request.Headers["X-Divergence-Signature"].ToString(), DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
            if (!valid) return Results.Unauthorized();
            All.Enqueue(new Received(id, path, body, valid));
            Counts.AddOrUpdate(id, 1, (_, n) => n + 1);
            return Results.Ok();
        });
        await app.StartAsync();
    }

    public async Task Stop()
    {
        if (app is null) return;
        await app.StopAsync();
        await app.DisposeAsync();
        app = null;
    }

    public IReadOnlyList<JsonElement> Bodies(string path) =>
        [.. All.Where(r => r.Path == path).Select(r => JsonDocument.Parse(r.Body).RootElement.Clone())];

    /// <summary>Waits until the condition holds; the test's own timeout bounds it.</summary>
    public static async Task Until(Func<bool> condition, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the condition did not hold in time");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    public static async Task Until(Func<Task<bool>> condition, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the condition did not hold in time");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync() => await Stop();
}
