using Npgsql;

namespace Divergence.Server.Infrastructure;

/// <summary>
/// The connection string the store uses: the configured one, with statement preparation turned on unless it says
/// otherwise. Marten sends the same few dozen statements over and over; prepared, PostgreSQL skips parsing them
/// (~10% of its CPU a recorded statement under per-request ingest, docs/benchmarks.md). Plans stay custom
/// (plan_cache_mode): a generic plan made the daemon's gap check and document loads slower when this was first tried.
/// </summary>
public static class StoreConnection
{
    public const int PreparedStatements = 64;

    public static string Tuned(string configured)
    {
        NpgsqlConnectionStringBuilder builder;
        try { builder = new NpgsqlConnectionStringBuilder(configured); }
        catch (ArgumentException e) { throw new InvalidOperationException($"The database connection string is not valid: {e.Message}"); }

        if (!Mentions(configured, "Max Auto Prepare", "MaxAutoPrepare"))
            builder.MaxAutoPrepare = PreparedStatements;
        if (builder.MaxAutoPrepare > 0 && builder.Options?.Contains("plan_cache_mode", StringComparison.OrdinalIgnoreCase) != true)
            builder.Options = string.Join(' ', new[] { builder.Options, "-c plan_cache_mode=force_custom_plan" }.Where(o => !string.IsNullOrWhiteSpace(o)));
        return builder.ConnectionString;
    }

    // An explicit "Max Auto Prepare=0" turns preparation off; the builder cannot tell it from the default.
    static bool Mentions(string configured, params string[] keys) =>
        keys.Any(k => configured.Contains(k, StringComparison.OrdinalIgnoreCase));
}
