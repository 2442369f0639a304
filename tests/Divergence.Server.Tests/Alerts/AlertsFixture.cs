using Alba;
using Marten;
using JasperFx.Resources;

namespace Divergence.Server.Tests.Alerts;

/// <summary>A server in a schema of its own with loopback webhooks allowed and a short retry budget.</summary>
public class AlertsFixture : IAsyncLifetime
{
    public string Schema { get; } = TestDatabase.NewSchema();
    public IAlbaHost Host { get; private set; } = null!;
    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();
    protected virtual bool AllowLoopback => true;
    public int SmtpPort { get; } = ServerProcess.FreePort();

    public async ValueTask InitializeAsync()
    {
        _ = ServerFixture.ConnectionString;
        Host = await AlbaHost.For<Program>(b =>
        {
            b.UseSetting("Divergence:Schema", Schema);
            b.UseSetting("Divergence:Alerts:AllowLoopbackWebhooks", AllowLoopback ? "true" : "false");
            b.UseSetting("Divergence:Alerts:RetrySeconds", "0.5,1,2,3,3");
            b.UseSetting("Divergence:Alerts:Smtp:Host", "127.0.0.1");
            b.UseSetting("Divergence:Alerts:Smtp:Port", SmtpPort.ToString());
        });
    }

    public async Task ResetAsync()
    {
        await Host.ResetResourceState(TestContext.Current.CancellationToken);
        await Host.ResetAllMartenDataAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is null) return;
        await Host.DisposeAsync();
        await TestDatabase.DropSchema(Schema);
    }
}

public sealed class NoLoopbackFixture : AlertsFixture
{
    protected override bool AllowLoopback => false;
}
