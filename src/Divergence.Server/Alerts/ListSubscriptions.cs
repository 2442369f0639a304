using Marten;
using Wolverine.Http;

namespace Divergence.Server.Alerts;

public static class ListSubscriptionsEndpoint
{
    [WolverineGet("/api/alerts/subscriptions")]
    public static async Task<IResult> Get(IQuerySession session, CancellationToken ct)
    {
        var subscriptions = await session.Query<AlertSubscription>().OrderBy(s => s.CreatedAt).ToListAsync(ct);
        var views = new List<SubscriptionView>();
        foreach (var s in subscriptions) views.Add(SubscriptionView.Of(s, await Delivery(session, s.Id, ct)));
        return Results.Ok(views);
    }

    [WolverineGet("/api/alerts/subscriptions/{id}")]
    public static async Task<IResult> GetOne(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<AlertSubscription>(id, ct) is { } s
            ? Results.Ok(SubscriptionView.Of(s, await Delivery(session, id, ct)))
            : Infrastructure.Problems.NotFound($"no subscription {id}.");

    /// <summary>Last success, counts by status and the five latest failures, from the per-alert delivery records.</summary>
    public static async Task<DeliveryState> Delivery(IQuerySession session, Guid id, CancellationToken ct)
    {
        var mine = session.Query<AlertDelivery>().Where(d => d.SubscriptionId == id);
        var last = (await mine.Where(d => d.DeliveredAt != null).OrderByDescending(d => d.DeliveredAt).Take(1).ToListAsync(ct))
            .FirstOrDefault()?.DeliveredAt;
        var delivered = await mine.CountAsync(d => d.Status == AlertDelivery.Delivered, ct);
        var dead = await mine.CountAsync(d => d.Status == AlertDelivery.DeadLettered, ct);
        var pending = await mine.CountAsync(d => d.Status == AlertDelivery.Retrying || d.Status == AlertDelivery.AwaitingDigest, ct);
        var failures = await mine.Where(d => d.LastFailureAt != null).OrderByDescending(d => d.LastFailureAt).Take(5).ToListAsync(ct);
        return new DeliveryState(last, delivered, pending, dead,
            [.. failures.Select(f => new DeliveryFailure(f.Id, f.LastFailureAt!.Value, f.Attempts, f.LastError ?? "", f.Status))]);
    }
}
