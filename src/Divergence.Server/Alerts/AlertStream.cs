using System.Collections.Concurrent;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Wolverine.Http;

namespace Divergence.Server.Alerts;

/// <summary>Fans announced alerts out to the connected dashboards; a slow dashboard loses its oldest items, never blocks.</summary>
public sealed class AlertBroadcast
{
    readonly ConcurrentDictionary<Guid, Channel<Alert>> listeners = new();

    public void Publish(Alert alert)
    {
        foreach (var channel in listeners.Values) channel.Writer.TryWrite(alert);
    }

    /// <summary>Registers a listener at once (before the caller says "ready"); dispose to leave.</summary>
    public (ChannelReader<Alert> Reader, IDisposable Leave) Join()
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateBounded<Alert>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });
        listeners[id] = channel;
        return (channel.Reader, new Leaving(() => listeners.TryRemove(id, out _)));
    }

    sealed class Leaving(Action leave) : IDisposable
    {
        public void Dispose() => leave();
    }
}

public static class DivergenceAnnouncedHandler
{
    public static void Handle(DivergenceAnnounced message, AlertBroadcast broadcast) => broadcast.Publish(message.Alert);
}

public static class AlertStreamEndpoint
{
    /// <summary>Server-Sent Events: one "alert" event per new divergence, id = the event id; ?topic= &amp;issuer= &amp;engagement= filter.</summary>
    [WolverineGet("/api/alerts/stream")]
    public static IResult Get(string? topic, string? issuer, string? engagement, AlertBroadcast broadcast, HttpContext context) =>
        TypedResults.ServerSentEvents(Items(broadcast, topic, issuer, engagement, context.RequestAborted));

    static async IAsyncEnumerable<SseItem<Alert>> Items(AlertBroadcast broadcast, string? topic, string? issuer, string? engagement,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var (reader, leave) = broadcast.Join();
        using var _ = leave;
        yield return new SseItem<Alert>(null!, "ready");
        await foreach (var a in reader.ReadAllAsync(ct))
        {
            if ((topic is null || a.Topic == topic) && (issuer is null || a.Issuers.Contains(issuer))
                && (engagement is null || a.Engagement == engagement))
                yield return new SseItem<Alert>(a, "alert") { EventId = a.EventId.ToString() };
        }
    }
}
