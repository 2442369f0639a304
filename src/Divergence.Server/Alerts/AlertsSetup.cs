using Divergence.Server.Infrastructure;
using Marten;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Wolverine;
using Wolverine.Marten;

namespace Divergence.Server.Alerts;

/// <summary>Everything the alerts capability registers: documents, the fan-out subscription, the durable delivery queue, HTTP.</summary>
public static class AlertsSetup
{
    public const string DeliveryQueue = "alert-delivery";

    public static WebApplicationBuilder AddAlerts(this WebApplicationBuilder builder)
    {
        var settings = AlertSettings.From(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton<AlertSender>();
        services.AddSingleton<AlertBroadcast>();
        services.AddHostedService<DigestClock>();
        // Each attempt is recorded on its delivery; per-request info logs would drown everything else.
        builder.Logging.AddFilter("System.Net.Http.HttpClient." + AlertSender.Client, LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.Warning);

        services.ConfigureMarten(opts =>
        {
            opts.Schema.For<AlertSubscription>();
            opts.Schema.For<AlertDelivery>().Index(d => d.SubscriptionId).Index(d => d.Status);
            // Alerts are news: poll for new events often (target: append-to-webhook p99 <= 1 s).
            opts.Projections.FastPollingTime = TimeSpan.FromMilliseconds(100);
            opts.Projections.SlowPollingTime = TimeSpan.FromMilliseconds(250);
            // ...and wake the daemon when this process commits events, at most every 100 ms (AppendWakeup). With the
            // daemon on another node, Divergence:ListenNotify=true wakes it through PostgreSQL NOTIFY instead.
            opts.Events.UseListenNotifyForEventAppends = builder.Configuration.GetValue("Divergence:ListenNotify", false);
            var wakeup = new AppendWakeup(builder.Configuration.GetValue("Divergence:DaemonWakeInterval", TimeSpan.FromMilliseconds(100)));
            opts.Projections.Wakeup = wakeup;
            opts.Listeners.Add(new SignalWakeupAfterAppend(wakeup));
            // The daemon's leader lock is per database by default; per schema lets several stores share one database.
            opts.Projections.DaemonLockId = LockId(builder.Configuration["Divergence:Schema"] ?? "divergence");
        });
        services.SubscribeToEventsWithServices<AlertFanOut>(ServiceLifetime.Singleton);

        services.ConfigureWolverine(opts =>
        {
            // One server by default: Solo recovers a killed node's inbox at once on restart. Several nodes: Balanced.
            opts.Durability.Mode = builder.Configuration.GetValue("Divergence:Alerts:DurabilityMode", DurabilityMode.Solo);
            opts.Durability.ScheduledJobPollingTime = TimeSpan.FromSeconds(1);
            opts.PublishMessage<DeliverAlert>().ToLocalQueue(DeliveryQueue);
            opts.LocalQueue(DeliveryQueue).UseDurableInbox().MaximumParallelMessages(settings.Parallelism);
            opts.PublishMessage<DivergenceAnnounced>().ToLocalQueue("alert-stream");
        });

        services.AddHttpClient(AlertSender.Client, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                ConnectCallback = WebhookAddress.GuardedConnect(settings.AllowLoopbackWebhooks),
                AllowAutoRedirect = false, // a redirect could lead anywhere, past the address checks
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddStandardResilienceHandler(o =>
            {
                o.AttemptTimeout.Timeout = settings.AttemptTimeout;
                o.TotalRequestTimeout.Timeout = settings.AttemptTimeout * 3;
                o.Retry.MaxRetryAttempts = 2;
                o.Retry.BackoffType = DelayBackoffType.Exponential;
                o.Retry.UseJitter = true;
                o.Retry.Delay = TimeSpan.FromMilliseconds(200);
                o.CircuitBreaker.SamplingDuration = settings.AttemptTimeout * 2;
                o.CircuitBreaker.FailureRatio = 0.5;
                o.CircuitBreaker.MinimumThroughput = 20;
                o.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(5);
            })
            .SelectPipelineByAuthority(); // one breaker per destination host:port
        return builder;
    }

    static int LockId(string schema) =>
        BitConverter.ToInt32(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("daemon:" + schema))) & 0x3fffffff;
}
