using System.Text.Json;

namespace Divergence.Cli.Tests;

/// <summary>`divergence import` against the real server over loopback: JSON lines in, batches out.</summary>
public class ImportCommandTests(ServerProcess server) : IClassFixture<ServerProcess>
{
    static string Line(string engagement, string issuer, string sample, string published) => JsonSerializer.Serialize(new
    {
        engagement, issuer, issuerName = issuer, language = "en", publishedAt = published, title = $"{issuer} release",
        sourceUrl = "https://example.org/release", text = File.ReadAllText(Processes.Sample(sample)),
    });

    static async Task<string> File_(params string[] lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"batch-import-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllLinesAsync(path, lines, TestContext.Current.CancellationToken);
        return path;
    }

    [Fact]
    public async Task A_file_of_statements_is_recorded_in_batches_and_a_second_import_records_nothing_new()
    {
        var lines = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            lines.Add(Line($"2025-09-0{i + 1}-import-test", "US-DOS", "us-dos-2025-07-31.txt", "2025-07-31T20:30:00Z"));
            lines.Add(Line($"2025-09-0{i + 1}-import-test", "KR-MOFA", "kr-mofa-2025-07-31.txt", "2025-08-01T09:10:00+09:00"));
        }
        var path = await File_([.. lines.Take(3), "", .. lines.Skip(3)]);
        try
        {
            var run = await Processes.Cli("import", path, "--batch", "4", "--server", server.Url);
            run.ExitCode.ShouldBe(0, run.Err);
            run.Out.ShouldContain("6 recorded, 0 already recorded, 3 engagements");
            var again = await Processes.Cli("import", path, "--server", server.Url);
            again.Out.ShouldContain("0 recorded, 6 already recorded");

            var report = await Processes.Cli("report", "2025-09-02-import-test", "--server", server.Url);
            report.Out.ShouldContain("Taiwan Strait");
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task A_line_that_is_not_json_is_named_and_nothing_is_sent()
    {
        var path = await File_(Line("2025-09-10-import-bad", "US-DOS", "us-dos-2025-07-31.txt", "2025-07-31T20:30:00Z"), "{\"engagement\": ");
        try
        {
            var run = await Processes.Cli("import", path, "--server", server.Url);
            run.ExitCode.ShouldBe(1);
            run.Err.Trim().Split('\n').Length.ShouldBe(1);
            run.Err.ShouldContain(":2: not valid JSON");
            (await Processes.Cli("report", "2025-09-10-import-bad", "--server", server.Url)).ExitCode.ShouldBe(1);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task A_statement_the_server_refuses_is_named_by_its_line()
    {
        var good = Line("2025-09-11-import-bad", "US-DOS", "us-dos-2025-07-31.txt", "2025-07-31T20:30:00Z");
        var path = await File_(good, good.Replace("\"US-DOS\"", "\"not a code\""), good.Replace("2025-07-31T20:30:00Z", "soon"));
        try
        {
            var run = await Processes.Cli("import", path, "--server", server.Url);
            run.ExitCode.ShouldBe(1);
            run.Err.Trim().Split('\n').Length.ShouldBe(1);
            run.Err.ShouldContain("line 3 publishedAt");
            run.Err.ShouldContain("nothing was recorded");

            var path2 = await File_(good, good.Replace("\"US-DOS\"", "\"not a code\""));
            var run2 = await Processes.Cli("import", path2, "--server", server.Url);
            File.Delete(path2);
            run2.Err.ShouldContain("line 2 issuer");
        }
        finally { File.Delete(path); }
        (await Processes.Cli("import", "/tmp/batch-no-such-file.jsonl", "--server", server.Url)).Err.ShouldContain("cannot read");
    }
}
