using Divergence.Analysis;
using Divergence.Server.Alerts;
using Divergence.Server.Engagements;
using Divergence.Server.Patterns;
using Divergence.Server.Statements;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.Events;
using Marten;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Weasel.Core;

namespace Divergence.Server.Infrastructure;

/// <summary>Wires the store, the messaging runtime and the capabilities; Program.cs only calls these two.</summary>
public static class DivergenceSetup
{
    public static WebApplicationBuilder AddDivergence(this WebApplicationBuilder builder)
    {
        var settings = DivergenceSettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new StatementAnalyzer());
        builder.Services.AddHostedService<AnalyzerWarmUp>();
        builder.Services.AddSingleton<StoreRetry>();
        builder.Services.AddSingleton<EngagementWriter>();
        builder.Services.AddSingleton<EngagementBatchWriter>();
        builder.Services.AddSingleton<ReplayMemo>();
        builder.Services.AddProblemDetails();

        builder.Services.AddMarten(opts =>
            {
                opts.Connection(StoreConnection.Tuned(settings.ConnectionString));
                opts.DatabaseSchemaName = settings.Schema;
                opts.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                opts.Events.StreamIdentity = StreamIdentity.AsString;
                opts.AddEngagements();
                opts.AddPatterns();
            })
            .UseLightweightSessions()
            // Schema first, then the daemon: both creating tables at once races ("relation already exists").
            .ApplyAllDatabaseChangesOnStartup()
            .AddAsyncDaemon(settings.DaemonMode)
            .IntegrateWithWolverine();
        builder.AddAlerts();

        builder.Host.UseWolverine(opts =>
        {
            opts.ApplicationAssembly = typeof(Program).Assembly;
            // Handler and endpoint adapters are generated ahead of time (scripts/codegen, Internal/Generated/):
            // no Roslyn at run time, less memory, a fast first request. A stale file fails GeneratedCodeTests.
            opts.CodeGeneration.TypeLoadMode = TypeLoadMode.Static;
        });
        builder.Services.AddWolverineHttp();
        return builder;
    }

    public static WebApplication UseDivergence(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = ErrorStatus.For });
        app.UseStatusCodePages();
        app.MapWolverineEndpoints();
        return app;
    }
}
