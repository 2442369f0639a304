using Divergence.Server.Infrastructure;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Weasel.Core;

namespace Divergence.Bench;

/// <summary>
/// The server's own Marten configuration (AddDivergence), built but not started: the store-path benchmarks go
/// through the same EngagementWriter, projections and serializer as a request would, without HTTP. A bench-only
/// counting projection is added as the trivial baseline for rebuilds.
/// </summary>
public sealed class InProcessStore : IAsyncDisposable
{
    readonly WebApplication app;

    InProcessStore(WebApplication app) => this.app = app;

    public IDocumentStore Store => app.Services.GetRequiredService<IDocumentStore>();
    public EngagementWriter Writer => app.Services.GetRequiredService<EngagementWriter>();
    public EngagementBatchWriter BatchWriter => app.Services.GetRequiredService<EngagementBatchWriter>();

    public static InProcessStore Build(string schema)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Configuration["Divergence:Schema"] = schema;
        builder.AddDivergence();
        builder.Services.ConfigureMarten(o => o.Projections.Add<EventCountProjection>(ProjectionLifecycle.Async));
        return new InProcessStore(builder.Build());
    }

    /// <summary>A store on the same tables with no projections: bulk loads that the inline projection must not see,
    /// and the "raw Marten append" baseline.</summary>
    public static DocumentStore Bare(string connectionString, string schema) => DocumentStore.For(o =>
    {
        o.Connection(connectionString);
        o.DatabaseSchemaName = schema;
        o.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        o.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
        o.Events.StreamIdentity = StreamIdentity.AsString;
    });

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
