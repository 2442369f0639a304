using System.Diagnostics;
using System.Net;
using Npgsql;

namespace Divergence.Server.Tests.Alerts;

/// <summary>The real server as a separate process on loopback, in its own schema; it can be SIGKILLed and started again.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    Process? process;
    readonly string schema = "t_" + Guid.NewGuid().ToString("N")[..12];
    public string Url { get; } = $"http://127.0.0.1:{AlertReceiver.FreePort()}";

    static string ServerDll
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Divergence.sln"))) dir = dir.Parent;
            var config = AppContext.BaseDirectory.Contains("/bin/Release/") ? "Release" : "Debug";
            return Path.Combine(dir!.FullName, "src", "Divergence.Server", "bin", config, "net10.0", "linux-x64", "Divergence.Server.dll");
        }
    }

    public async Task Start()
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(ServerDll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { ServerDll, "--urls", Url }) start.ArgumentList.Add(a);
        start.Environment["DIVERGENCE_DB"] = ServerFixture.ConnectionString;
        start.Environment["Divergence__Schema"] = schema;
        start.Environment["Divergence__Alerts__AllowLoopbackWebhooks"] = "true";
        start.Environment["Divergence__Alerts__RetrySeconds"] = "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1";
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var i = 0; i < 240; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"the server exited with {process.ExitCode}");
            try { if ((await http.GetAsync($"{Url}/api/alerts/subscriptions")).StatusCode == HttpStatusCode.OK) return; }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException("the server did not answer within 60 s");
    }

    /// <summary>SIGKILL: no shutdown hooks, nothing flushed.</summary>
    public async Task Kill()
    {
        if (process is not { HasExited: false }) return;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Kill();
        process?.Dispose();
        await using var conn = new NpgsqlConnection(ServerFixture.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"drop schema if exists {schema} cascade", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
