using Npgsql;

namespace Divergence.Bench;

/// <summary>Plain SQL on the bench database: statistics after bulk loads, counts, dropping the bench schemas.</summary>
public static class Sql
{
    public static async Task<long> Scalar(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 600 };
        return Convert.ToInt64(await cmd.ExecuteScalarAsync() ?? 0L);
    }

    public static async Task Execute(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 600 };
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Fresh statistics after a bulk load: without them the planner keeps plans for empty tables.</summary>
    public static Task Analyze(BenchOptions o) =>
        Execute(o.ConnectionString, $"analyze {o.Schema}.mt_events; analyze {o.Schema}.mt_streams; analyze {o.Schema}.mt_doc_engagementreport;");
}
