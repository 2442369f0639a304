using Divergence.Server.Infrastructure;
using Marten;
using Wolverine.Http;

namespace Divergence.Server.Alerts;

/// <summary>Deleting stops every delivery still queued for it (the handler finds no subscription); records stay for audit.</summary>
public static class DeleteSubscriptionEndpoint
{
    [WolverineDelete("/api/alerts/subscriptions/{id}")]
    public static async Task<IResult> Delete(Guid id, IDocumentSession session, CancellationToken ct)
    {
        if (await session.LoadAsync<AlertSubscription>(id, ct) is null) return Problems.NotFound($"no subscription {id}.");
        session.Delete<AlertSubscription>(id);
        await session.SaveChangesAsync(ct);
        return Results.NoContent();
    }
}
