using Divergence.Server.Infrastructure;
using Marten;
using Wolverine;
using Wolverine.Attributes;
using Wolverine.Http;

namespace Divergence.Server.Alerts;

public sealed record DeadLetter(string AlertId, Guid SubscriptionId, int Attempts, DateTimeOffset? LastFailureAt, string? LastError, Alert Alert);

public sealed record Replayed(int Count, IReadOnlyList<string> AlertIds);

/// <summary>Alerts whose retry budget ran out, for an operator to see and, once the receiver is fixed, replay.</summary>
public static class DeadLettersEndpoint
{
    [WolverineGet("/api/alerts/dead-letters")]
    public static async Task<IResult> Get(Guid? subscription, IQuerySession session, CancellationToken ct) =>
        Results.Ok((await Query(session, subscription, null).ToListAsync(ct))
            .Select(d => new DeadLetter(d.Id, d.SubscriptionId, d.Attempts, d.LastFailureAt, d.LastError, d.Alert)));

    /// <summary>Replays every dead letter (or one subscription's, or one alert's) with a fresh retry budget; same alert ids.</summary>
    [WolverinePost("/api/alerts/dead-letters/replay"), Transactional]
    public static async Task<IResult> Replay(Guid? subscription, string? alert, IDocumentSession session, IMessageBus bus, CancellationToken ct)
    {
        var dead = await Query(session, subscription, alert).ToListAsync(ct);
        if (alert is not null && dead.Count == 0) return Problems.NotFound($"no dead letter {alert}.");
        foreach (var d in dead)
        {
            d.Status = AlertDelivery.Retrying;
            session.Store(d);
            await bus.PublishAsync(new DeliverAlert(d.Id, d.SubscriptionId, d.Alert, 1));
        }
        // [Transactional]: the records and the new messages commit together through the outbox.
        return Results.Ok(new Replayed(dead.Count, [.. dead.Select(d => d.Id)]));
    }

    [WolverinePost("/api/alerts/dead-letters/{alertId}/replay"), Transactional]
    public static Task<IResult> ReplayOne(string alertId, IDocumentSession session, IMessageBus bus, CancellationToken ct) =>
        Replay(null, alertId, session, bus, ct);

    static IQueryable<AlertDelivery> Query(IQuerySession session, Guid? subscription, string? alert)
    {
        var q = session.Query<AlertDelivery>().Where(d => d.Status == AlertDelivery.DeadLettered);
        if (subscription is { } s) q = q.Where(d => d.SubscriptionId == s);
        if (alert is { } a) q = q.Where(d => d.Id == a);
        return q.OrderBy(d => d.LastFailureAt).Take(1000);
    }
}
