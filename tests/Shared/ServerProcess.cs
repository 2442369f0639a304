using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Divergence.Testing;

/// <summary>
/// The real server as a separate process on a loopback port, in a schema of its own: what a user runs, over real
/// HTTP. It can be SIGKILLed and started again on the same schema. As a class fixture it starts by itself.
/// </summary>
public sealed class ServerProcess : IAsyncLifetime
{
    Process? process;
    readonly string schema = TestDatabase.NewSchema();

    /// <summary>Extra environment for the server process (configuration keys with __ for :).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public string Url { get; } = $"http://127.0.0.1:{FreePort()}";

    public static string ServerDll
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Divergence.sln"))) dir = dir.Parent;
            if (dir is null) throw new InvalidOperationException("Divergence.sln not found above the test folder.");
            var config = AppContext.BaseDirectory.Contains("/bin/Release/") ? "Release" : "Debug";
            return Path.Combine(dir.FullName, "src", "Divergence.Server", "bin", config, "net10.0", "linux-x64", "Divergence.Server.dll");
        }
    }

    public ValueTask InitializeAsync() => new(Start());

    public async Task Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(ServerDll)!, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var a in new[] { ServerDll, "--urls", Url }) start.ArgumentList.Add(a);
        start.Environment["DIVERGENCE_DB"] = TestDatabase.ConnectionString;
        start.Environment["Divergence__Schema"] = schema;
        foreach (var (key, value) in Settings) start.Environment[key] = value;
        process = Process.Start(start)!;
        // Drain both pipes: a full pipe would block the server.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient();
        for (var i = 0; i < 240; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"the server exited with {process.ExitCode}");
            try { if ((await http.GetAsync($"{Url}/api/engagements?pageSize=1")).StatusCode == HttpStatusCode.OK) return; }
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
        await TestDatabase.DropSchema(schema);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
