using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Divergence.Cli.Tests;

/// <summary>The real server as a separate process on a loopback port, in a schema of its own.</summary>
public sealed class ServerProcess : IAsyncLifetime
{
    Process? process;
    readonly string schema = "t_" + Guid.NewGuid().ToString("N")[..12];
    public string Url { get; } = $"http://127.0.0.1:{FreePort()}";

    static string ConnectionString => Environment.GetEnvironmentVariable("DIVERGENCE_DB") is { Length: > 0 } cs
        ? cs : throw new InvalidOperationException("DIVERGENCE_DB is not set: run the tests with scripts/test.");

    public async ValueTask InitializeAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Processes.ServerDll)!,
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.ArgumentList.Add(Processes.ServerDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(Url);
        start.Environment["DIVERGENCE_DB"] = ConnectionString;
        start.Environment["Divergence__Schema"] = schema;
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient();
        for (var i = 0; i < 240; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"the server exited with {process.ExitCode}");
            try { if ((await http.GetAsync($"{Url}/api/engagements")).StatusCode == HttpStatusCode.OK) return; }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException("the server did not answer within 60 s");
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false }) { process.Kill(entireProcessTree: true); await process.WaitForExitAsync(); }
        process?.Dispose();
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"drop schema if exists {schema} cascade", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
