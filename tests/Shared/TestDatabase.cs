using Npgsql;

namespace Divergence.Testing;

/// <summary>The real PostgreSQL that scripts/test starts; each test host or process works in a schema of its own.</summary>
public static class TestDatabase
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("DIVERGENCE_DB") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException("DIVERGENCE_DB is not set: run the tests with scripts/test, which starts PostgreSQL.");

    public static string NewSchema() => "t_" + Guid.NewGuid().ToString("N")[..12];

    public static async Task DropSchema(string schema)
    {
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"drop schema if exists {schema} cascade", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
