using System.Diagnostics;

namespace Divergence.Server.Tests;

/// <summary>
/// The server loads Wolverine's handler and endpoint adapters from src/Divergence.Server/Internal/Generated
/// (TypeLoadMode.Static). In that mode a stale file is silent: a new handler missing from the generated registry
/// is never discovered, a changed signature keeps the old adapter. So the generator runs here, on the built server,
/// and its output must equal the committed files byte for byte.
/// </summary>
public sealed class GeneratedCodeTests
{
    [Fact]
    public async Task Committed_generated_code_equals_what_codegen_writes_now()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Divergence.sln"))) root = root.Parent;
        var config = AppContext.BaseDirectory.Contains("/bin/Release/") ? "Release" : "Debug";
        var serverDll = Path.Combine(root!.FullName, "src", "Divergence.Server", "bin", config, "net10.0", "linux-x64", "Divergence.Server.dll");
        var committed = Path.Combine(root.FullName, "src", "Divergence.Server", "Internal", "Generated");
        var scratch = Directory.CreateTempSubdirectory("divergence-codegen-");
        try
        {
            // codegen write writes under the working directory's Internal/Generated.
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = scratch.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { serverDll, "codegen", "write" }) start.ArgumentList.Add(a);
            start.Environment["DIVERGENCE_DB"] = ServerFixture.ConnectionString;
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            process.ExitCode.ShouldBe(0, await output + await errors);

            var fresh = Files(Path.Combine(scratch.FullName, "Internal", "Generated"));
            var stale = Files(committed);
            var differing = fresh.Keys.Union(stale.Keys)
                .Where(f => !fresh.TryGetValue(f, out var a) || !stale.TryGetValue(f, out var b) || a != b)
                .Order().ToList();
            differing.ShouldBeEmpty("generated code is stale: run scripts/codegen and commit src/Divergence.Server/Internal/Generated");
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    static Dictionary<string, string> Files(string dir) =>
        Directory.Exists(dir)
            ? Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllText)
            : [];
}
