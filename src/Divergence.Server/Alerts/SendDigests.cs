using Marten;
using Wolverine.Attributes;
using Wolverine.Http;

namespace Divergence.Server.Alerts;

/// <summary>Send each digest subscriber one email with the alerts gathered for it; Until comes from the edge's clock.</summary>
public sealed record SendDigests(DateTimeOffset Until);

public sealed record DigestsSent(int Subscriptions, int Alerts);

public static class SendDigestsHandler
{
    [Transactional]
    public static async Task<DigestsSent> Handle(SendDigests command, IDocumentSession session, AlertSender sender, CancellationToken ct)
    {
        var waiting = await session.Query<AlertDelivery>().Where(d => d.Status == AlertDelivery.AwaitingDigest)
            .OrderBy(d => d.Alert.RecordedAt).ToListAsync(ct);
        var sentSubscriptions = 0;
        var sentAlerts = 0;
        foreach (var group in waiting.Where(d => d.Alert.RecordedAt < command.Until).GroupBy(d => d.SubscriptionId))
        {
            if (await session.LoadAsync<AlertSubscription>(group.Key, ct) is not { Email: { } email }) continue;
            var alerts = group.ToList();
            var text = string.Join("\n\n", alerts.Select(d => AlertFormats.Text(d.Alert)));
            try
            {
                await sender.Mail(email.To, $"[Divergence] {alerts.Count} new divergence(s) until {command.Until:yyyy-MM-dd HH:mm} UTC", text,
                    AlertIds.For(group.Key, alerts[^1].Alert.EventId) + "-digest", ct);
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.CommandException or MailKit.ProtocolException)
            {
                foreach (var d in alerts) { d.LastError = e.Message; d.LastFailureAt = command.Until; d.Attempts++; session.Store(d); }
                continue; // they stay waiting: the next digest takes them
            }
            foreach (var d in alerts) { d.Status = AlertDelivery.Delivered; d.DeliveredAt = command.Until; d.Attempts++; session.Store(d); }
            sentSubscriptions++;
            sentAlerts += alerts.Count;
        }
        return new DigestsSent(sentSubscriptions, sentAlerts);
    }
}

public static class SendDigestsEndpoint
{
    /// <summary>Operators (and tests) can send the digests now instead of waiting for the daily hour.</summary>
    [WolverinePost("/api/alerts/digests/send")]
    public static async Task<IResult> Post(Wolverine.IMessageBus bus, TimeProvider clock, CancellationToken ct) =>
        Results.Ok(await bus.InvokeAsync<DigestsSent>(new SendDigests(clock.GetUtcNow()), ct));
}

/// <summary>The edge that owns the daily clock: once a day at DigestHourUtc it asks for the digests.</summary>
public sealed class DigestClock(TimeProvider clock, AlertSettings settings, IServiceProvider services, ILogger<DigestClock> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = new DateTimeOffset(now.UtcDateTime.Date.AddHours(settings.DigestHourUtc), TimeSpan.Zero);
            if (next <= now) next = next.AddDays(1);
            await Task.Delay(next - now, clock, stoppingToken);
            try { await services.GetRequiredService<Wolverine.IMessageBus>().InvokeAsync<DigestsSent>(new SendDigests(next), stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "sending the daily digests failed"); }
        }
    }
}
