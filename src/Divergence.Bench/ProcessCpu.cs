namespace Divergence.Bench;

/// <summary>User + system CPU time of a process, read from /proc/PID/stat (clock ticks of 10 ms).</summary>
public static class ProcessCpu
{
    public const double TicksPerSecond = 100; // USER_HZ on Linux

    public static TimeSpan Of(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after the parenthesised command name, which may itself contain spaces: state is field 3,
        // utime field 14, stime field 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    public static TimeSpan Self() => Of(Environment.ProcessId);
}
