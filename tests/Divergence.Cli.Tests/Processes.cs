using System.Diagnostics;

namespace Divergence.Cli.Tests;

public sealed record Run(int ExitCode, string Out, string Err);

/// <summary>Runs the built programs as a user would: separate processes, real arguments, real exit codes.</summary>
public static class Processes
{
    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    public static async Task<Run> Cli(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "divergence.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new Run(process.ExitCode, await stdout, await stderr);
    }
}
