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

    /// <summary>Waits until the server's async daemon has projected every event (both async projections at the
    /// last sequence number); returns the time it took, or null when it did not within the timeout.</summary>
    public static async Task<TimeSpan?> WaitForAsyncProjections(BenchOptions o, int projections, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var sql = $"select count(*) from {o.Schema}.mt_event_progression where name <> 'HighWaterMark' and name not like 'BenchEventCount%' " +
                  $"and last_seq_id >= (select coalesce(max(seq_id), 0) from {o.Schema}.mt_events)";
        while (clock.Elapsed < timeout)
        {
            if (await Scalar(o.ConnectionString, sql) >= projections) return clock.Elapsed;
            await Task.Delay(250);
        }
        return null;
    }

    /// <summary>Fresh statistics after a bulk load: without them the planner keeps plans for empty tables.</summary>
    public static Task Analyze(BenchOptions o) =>
        Execute(o.ConnectionString, $"analyze {o.Schema}.mt_events; analyze {o.Schema}.mt_streams; analyze {o.Schema}.mt_doc_engagementreport;");
}
