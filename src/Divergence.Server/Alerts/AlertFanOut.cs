using Divergence.Server.Engagements;
using Divergence.Server.Statements;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Wolverine;
using Wolverine.Marten.Subscriptions;

namespace Divergence.Server.Alerts;

/// <summary>
/// A Marten subscription (its progress kept by Marten) over the events that record something new. For each one it
/// publishes one DeliverAlert per matching subscription into Wolverine's durable outbox — in the same transaction
/// that moves the subscription's progress, so a crash either redoes the whole page or none of it. Nothing here
/// runs from a projection's Apply: rebuilding projections never alerts, and re-analysis only opens what was not open.
/// </summary>
public sealed class AlertFanOut : BatchSubscription
{
    readonly AlertSettings settings;

    public AlertFanOut(AlertSettings settings) : base("alerts-fan-out")
    {
        this.settings = settings;
        IncludeType<OmissionOpened>();
        IncludeType<FramingOpened>();
        IncludeType<StatementRevised>();
        IncludeType<StatementWithdrawn>();
        Options.BatchSize = 500;
    }

    public override async Task ProcessEventsAsync(EventRange page, ISubscriptionController controller, IDocumentOperations operations,
        IMessageBus bus, CancellationToken cancellationToken)
    {
        var subscriptions = await operations.Query<AlertSubscription>().Where(s => !s.Paused).ToListAsync(cancellationToken);
        var engagements = new Dictionary<string, EngagementReport?>();
        foreach (var e in page.Events)
        {
            EngagementReport? engagement = null;
            if (e.Data is StatementRevised or StatementWithdrawn && e.StreamKey is { } key && !engagements.TryGetValue(key, out engagement))
                engagements[key] = engagement = await operations.LoadAsync<EngagementReport>(key, cancellationToken);
            if (AlertComposer.Compose(e, engagement, settings.PublicUrl) is not { } alert) continue;

            await bus.PublishAsync(new DivergenceAnnounced(alert));
            foreach (var s in subscriptions.Where(s => Wants(s, alert)))
            {
                var id = AlertIds.For(s.Id, e.Id);
                if (s.IsDigest)
                    operations.Store(new AlertDelivery { Id = id, SubscriptionId = s.Id, Status = AlertDelivery.AwaitingDigest, Alert = alert });
                else
                    await bus.PublishAsync(new DeliverAlert(id, s.Id, alert, 1));
            }
        }
    }

    /// <summary>A subscription hears of what was recorded after it was created, and matches its filter.</summary>
    public static bool Wants(AlertSubscription s, Alert alert) => alert.RecordedAt >= s.CreatedAt && s.Filter.Matches(alert);
}

/// <summary>A new alert for live dashboards (the SSE stream): in memory, after the fan-out commits.</summary>
public sealed record DivergenceAnnounced(Alert Alert);
