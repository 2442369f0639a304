using System.Globalization;
using Divergence.Analysis.Text;

namespace Divergence.Cli.Commands;

/// <summary>`divergence submit FILE ...`: records one statement on a running server.</summary>
static class SubmitCommand
{
    public static async Task<int> Run(CommandLine cl)
    {
        cl.RejectUnknown("server", "engagement", "engagement-title", "issuer", "issuer-name", "language", "published-at",
            "title", "source-url", "json");
        if (cl.Positionals.Count != 1) throw new UsageException("submit takes one statement file: divergence submit FILE --engagement KEY --issuer CODE ...");
        var text = StatementFile.Read(cl.Positionals[0]);
        var publishedRaw = cl.Required("published-at");
        if (!DateTimeOffset.TryParse(publishedRaw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var published))
            throw new UsageException($"--published-at must be an ISO 8601 time, not '{publishedRaw}'");
        var issuer = cl.Required("issuer");
        var body = new
        {
            engagement = cl.Required("engagement"),
            engagementTitle = cl.Optional("engagement-title", "") is { Length: > 0 } t ? t : null,
            issuer,
            issuerName = cl.Optional("issuer-name", issuer),
            language = cl.Optional("language", Language.Guess(text)),
            publishedAt = published,
            title = cl.Required("title"),
            sourceUrl = cl.Required("source-url"),
            text,
        };
        using var server = ServerClient.From(cl);
        var (status, answer) = await server.Post("api/statements", body);
        if (cl.Flag("json")) Console.WriteLine(answer.GetRawText());
        else Console.WriteLine($"{(status == 200 ? "already recorded" : "recorded")}: statement {answer.GetProperty("statementId")} in {body.engagement}");
        return 0;
    }
}
