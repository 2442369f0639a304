using Alba;
using Marten;
using JasperFx.Resources;

namespace Divergence.Server.Tests;

/// <summary>
/// One real server per test class, on the real PostgreSQL that scripts/test starts, in a schema of its own
/// so classes never see each other's data.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public string Schema { get; } = TestDatabase.NewSchema();
    public IAlbaHost Host { get; private set; } = null!;

    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    public static string ConnectionString => TestDatabase.ConnectionString;

    public async ValueTask InitializeAsync()
    {
        _ = ConnectionString;
        Host = await AlbaHost.For<Program>(b => b.UseSetting("Divergence:Schema", Schema));
    }

    public async Task ResetAsync()
    {
        await Host.ResetResourceState(TestContext.Current.CancellationToken);
        await Host.ResetAllMartenDataAsync();
        // Stream versions restart after a reset, so remembered replays of the previous test would answer this one.
        Host.Services.GetRequiredService<Divergence.Server.Engagements.ReplayMemo>().Clear();
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is null) return;
        await Host.DisposeAsync();
        await TestDatabase.DropSchema(Schema);
    }
}
