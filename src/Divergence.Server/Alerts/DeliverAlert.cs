using Marten;
using Wolverine;
using Wolverine.Attributes;

namespace Divergence.Server.Alerts;

/// <summary>Send one alert to one subscription. Attempt counts the durable tries (1 = first).</summary>
public sealed record DeliverAlert(string AlertId, Guid SubscriptionId, Alert Alert, int Attempt);

public static class DeliverAlertHandler
{
    // The clock is read here, at the edge, for the signature timestamp and the delivery record; the decision
    // about what follows an attempt is DeliveryPolicy's, pure.
    [Transactional]
    public static async Task<OutgoingMessages> Handle(DeliverAlert message, IDocumentSession session, AlertSender sender,
        AlertSettings settings, TimeProvider clock, CancellationToken ct)
    {
        var outgoing = new OutgoingMessages();
        var subscription = await session.LoadAsync<AlertSubscription>(message.SubscriptionId, ct);
        if (subscription is null) return outgoing; // deleted since: nobody to tell
        var record = await session.LoadAsync<AlertDelivery>(message.AlertId, ct)
                     ?? new AlertDelivery { Id = message.AlertId, SubscriptionId = message.SubscriptionId, Alert = message.Alert };
        if (record.Status == AlertDelivery.Delivered) return outgoing;

        var error = await sender.Send(subscription, new AlertEnvelope(message.AlertId, subscription.Id, message.Alert), clock.GetUtcNow(), ct);
        var (next, follow) = DeliveryPolicy.After(record, message, error, clock.GetUtcNow(), settings.RetryDelays);
        session.Store(next);
        if (follow is not null) outgoing.Add(follow);
        return outgoing;
    }
}
