namespace Divergence.Server.Infrastructure;

/// <summary>Where the store lives. DIVERGENCE_DB (environment) wins over ConnectionStrings:Divergence.</summary>
public sealed record DivergenceSettings(string ConnectionString, string Schema)
{
    public static DivergenceSettings From(IConfiguration config)
    {
        var connection = Environment.GetEnvironmentVariable("DIVERGENCE_DB") is { Length: > 0 } env
            ? env
            : config.GetConnectionString("Divergence")
              ?? throw new InvalidOperationException(
                  "No database configured: set DIVERGENCE_DB (scripts/db prints one) or ConnectionStrings:Divergence.");
        return new DivergenceSettings(connection, config["Divergence:Schema"] ?? "divergence");
    }
}
