using Wolverine;

namespace Divergence.Server.Alerts;

/// <summary>
/// Pure: after an attempt, the delivery record and what to do next. Polly already retried quickly inside the
/// attempt; this is the slow, durable budget (a scheduled message in the outbox survives restarts). When the
/// budget is spent the alert is dead-lettered, where an operator sees it and can replay it.
/// </summary>
public static class DeliveryPolicy
{
    public static (AlertDelivery Record, object? Next) After(AlertDelivery record, DeliverAlert message, string? error,
        DateTimeOffset now, IReadOnlyList<TimeSpan> budget)
    {
        record.Attempts++;
        if (error is null)
        {
            record.Status = AlertDelivery.Delivered;
            record.DeliveredAt = now;
            return (record, null);
        }
        record.LastError = error.Length > 500 ? error[..500] : error;
        record.LastFailureAt = now;
        if (message.Attempt > budget.Count)
        {
            record.Status = AlertDelivery.DeadLettered;
            return (record, null);
        }
        record.Status = AlertDelivery.Retrying;
        return (record, (message with { Attempt = message.Attempt + 1 }).DelayedFor(budget[message.Attempt - 1]));
    }
}
