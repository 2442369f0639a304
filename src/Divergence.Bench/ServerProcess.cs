using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Divergence.Bench;

/// <summary>
/// The real server (Release build, Kestrel on 127.0.0.1) as a child process in the bench schema, so its RSS is
/// its own and the load generator is a separate client, as in production.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    readonly Process process;
    public Uri BaseAddress { get; }
    public HttpClient Client { get; }
    public TimeSpan StartUp { get; private set; }

    ServerProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
        Client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 256,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
        }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    const string ServerOnlyPrefix = "BENCH_SERVER_";

    public static async Task<ServerProcess> Start(BenchOptions o)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [o.ServerDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(o.ServerDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["DIVERGENCE_DB"] = o.ConnectionString;
        info.Environment["Divergence__Schema"] = o.Schema;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        // Experiments with the server's runtime settings alone (BENCH_SERVER_DOTNET_gcServer=0 sets DOTNET_gcServer=0
        // in the server only, so that the in-process baselines keep theirs).
        foreach (var (name, value) in Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
                     .Select(e => ((string)e.Key, (string?)e.Value)))
            if (name.StartsWith(ServerOnlyPrefix, StringComparison.Ordinal)) info.Environment[name[ServerOnlyPrefix.Length..]] = value;
        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the server");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Console.Error.WriteLine($"  server: {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"));
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"the server exited with {process.ExitCode}");
            if (clock.Elapsed > TimeSpan.FromSeconds(90)) throw new TimeoutException("the server did not answer within 90 s");
            try
            {
                using var r = await server.Client.GetAsync("/api/engagements");
                if (r.IsSuccessStatusCode) break;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        server.StartUp = clock.Elapsed;
        return server;
    }

    /// <summary>CPU time the server process has used (user + system), from /proc: unlike throughput, it does not
    /// move when other work shares the machine.</summary>
    public TimeSpan CpuTime() => ProcessCpu.Of(process.Id);

    /// <summary>A phase's result and where the machine's CPU went during it (server, PostgreSQL, load generator, idle).</summary>
    public async Task<(LoadResult Result, MachineCpu Cpu)> WithCpu(Func<Task<LoadResult>> phase)
    {
        var cpu = MachineCpu.Snapshot(process.Id);
        var result = await phase();
        return (result, MachineCpu.Snapshot(process.Id) - cpu);
    }

    /// <summary>Resident and peak resident memory in MB, from /proc.</summary>
    public (double Rss, double Peak) Memory()
    {
        var lines = File.ReadAllLines($"/proc/{process.Id}/status");
        double Kb(string key) => double.Parse(lines.First(l => l.StartsWith(key)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
        return (Kb("VmRSS:"), Kb("VmHWM:"));
    }

    static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    bool disposed;

    public async ValueTask DisposeAsync()
    {
        if (disposed) return;
        disposed = true;
        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
