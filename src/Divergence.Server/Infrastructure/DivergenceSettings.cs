using JasperFx.Events.Daemon;

namespace Divergence.Server.Infrastructure;

/// <summary>Where the store lives. DIVERGENCE_DB (environment) wins over ConnectionStrings:Divergence.</summary>
public sealed record DivergenceSettings(string ConnectionString, string Schema, DaemonMode DaemonMode)
{
    public static DivergenceSettings From(IConfiguration config)
    {
        var connection = Environment.GetEnvironmentVariable("DIVERGENCE_DB") is { Length: > 0 } env
            ? env
            : config.GetConnectionString("Divergence")
              ?? throw new InvalidOperationException(
                  "No database configured: set DIVERGENCE_DB (scripts/db prints one) or ConnectionStrings:Divergence.");
        // HotCold: with several server processes on one database, one runs the async projections and another
        // takes over when it dies. Solo suits a single process that must start projecting at once (tests).
        var mode = Enum.TryParse<DaemonMode>(config["Divergence:Daemon"], ignoreCase: true, out var m) ? m : DaemonMode.HotCold;
        return new DivergenceSettings(connection, config["Divergence:Schema"] ?? "divergence", mode);
    }
}
