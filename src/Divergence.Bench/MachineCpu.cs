namespace Divergence.Bench;

/// <summary>
/// Where the machine's CPU time went during a phase: the server, PostgreSQL (every process named postgres), the
/// load generator (this process) and idle, from /proc. On two shared cores the ingest ratio is decided by all of
/// them, not by the server alone.
/// </summary>
public sealed record MachineCpu(TimeSpan Server, TimeSpan Postgres, TimeSpan LoadGenerator, TimeSpan Idle, TimeSpan Total)
{
    public static MachineCpu Snapshot(int serverPid)
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
        var idle = cpu[3] + cpu[4]; // idle + iowait
        return new MachineCpu(ProcessCpu.Of(serverPid), PostgresCpu(), ProcessCpu.Self(),
            TimeSpan.FromSeconds(idle / ProcessCpu.TicksPerSecond), TimeSpan.FromSeconds(cpu.Sum() / ProcessCpu.TicksPerSecond));
    }

    public static MachineCpu operator -(MachineCpu a, MachineCpu b) =>
        new(a.Server - b.Server, a.Postgres - b.Postgres, a.LoadGenerator - b.LoadGenerator, a.Idle - b.Idle, a.Total - b.Total);

    /// <summary>Milliseconds of each per operation, e.g. "server 27.1, PostgreSQL 3.2, load generator 0.8, other 0.4, idle 1.0 ms".</summary>
    public string PerOperation(long operations)
    {
        double Ms(TimeSpan t) => t.TotalMilliseconds / operations;
        var other = Total - Idle - Server - Postgres - LoadGenerator;
        return $"CPU a statement: server {Ms(Server):0.0}, PostgreSQL {Ms(Postgres):0.0}, load generator {Ms(LoadGenerator):0.0}, " +
               $"other {Ms(other):0.0}, idle {Ms(Idle):0.0} ms";
    }

    static TimeSpan PostgresCpu()
    {
        var total = TimeSpan.Zero;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                if (File.ReadAllText($"{dir}/comm").Trim() == "postgres") total += ProcessCpu.Of(pid);
            }
            catch (IOException) { } // the process ended while we looked
            catch (UnauthorizedAccessException) { }
        }
        return total;
    }
}
