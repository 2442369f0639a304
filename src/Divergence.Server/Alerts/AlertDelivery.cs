namespace Divergence.Server.Alerts;

/// <summary>
/// One alert for one subscription and what became of it. The id is the alert id, so a second attempt to
/// record the same alert finds the first: a delivered alert is never sent again by us (receivers de-duplicate
/// the rare resend after a crash between their 2xx and our commit).
/// </summary>
public sealed class AlertDelivery
{
    public string Id { get; set; } = "";
    public Guid SubscriptionId { get; set; }
    public string Status { get; set; } = Pending;
    public int Attempts { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public DateTimeOffset? LastFailureAt { get; set; }
    public string? LastError { get; set; }
    public Alert Alert { get; set; } = null!;

    public const string Pending = "pending";
    public const string Retrying = "retrying";
    public const string Delivered = "delivered";
    public const string DeadLettered = "dead-lettered";
    public const string AwaitingDigest = "awaiting-digest";
}

/// <summary>A subscription's delivery health, as the list shows it.</summary>
public sealed record DeliveryState(DateTimeOffset? LastSuccessAt, int Delivered, int Pending, int DeadLettered,
    IReadOnlyList<DeliveryFailure> RecentFailures)
{
    public static readonly DeliveryState None = new(null, 0, 0, 0, []);
}

public sealed record DeliveryFailure(string AlertId, DateTimeOffset At, int Attempts, string Error, string Status);

/// <summary>A subscription as the API shows it: never its secret.</summary>
public sealed record SubscriptionView(Guid Id, string Name, AlertFilter Filter, WebhookDestination? Webhook, EmailDestination? Email,
    bool Paused, DateTimeOffset CreatedAt, DeliveryState Delivery)
{
    public static SubscriptionView Of(AlertSubscription s, DeliveryState delivery) =>
        new(s.Id, s.Name, s.Filter, s.Webhook, s.Email, s.Paused, s.CreatedAt, delivery);
}
