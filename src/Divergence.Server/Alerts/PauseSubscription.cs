using Divergence.Server.Infrastructure;
using Marten;
using Wolverine.Http;

namespace Divergence.Server.Alerts;

/// <summary>A paused subscription hears of nothing recorded while it is paused; resuming does not replay that time.</summary>
public static class PauseSubscriptionEndpoint
{
    [WolverinePost("/api/alerts/subscriptions/{id}/pause")]
    public static Task<IResult> Pause(Guid id, IDocumentSession session, CancellationToken ct) => Set(id, true, session, ct);

    [WolverinePost("/api/alerts/subscriptions/{id}/resume")]
    public static Task<IResult> Resume(Guid id, IDocumentSession session, CancellationToken ct) => Set(id, false, session, ct);

    static async Task<IResult> Set(Guid id, bool paused, IDocumentSession session, CancellationToken ct)
    {
        if (await session.LoadAsync<AlertSubscription>(id, ct) is not { } s) return Problems.NotFound($"no subscription {id}.");
        s.Paused = paused;
        session.Store(s);
        await session.SaveChangesAsync(ct);
        return Results.Ok(SubscriptionView.Of(s, await ListSubscriptionsEndpoint.Delivery(session, id, ct)));
    }
}
