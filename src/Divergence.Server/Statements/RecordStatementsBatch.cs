using Divergence.Analysis;
using Divergence.Server.Infrastructure;
using Wolverine.Http;

namespace Divergence.Server.Statements;

/// <summary>Many statements at once, for importers (newsroom back-fills): each item as POST /api/statements takes it.</summary>
public sealed record RecordStatements(IReadOnlyList<RecordStatement?>? Statements);

public sealed record StatementsAccepted(IReadOnlyList<StatementAccepted> Statements);

public static class RecordStatementsBatchEndpoint
{
    [WolverinePost("/api/statements/batch")]
    public static async Task<IResult> Post(HttpContext http, EngagementBatchWriter writer, StatementAnalyzer analyzer,
        TimeProvider clock, CancellationToken ct)
    {
        var (batch, refused) = await RecordStatementsBody.Read(http, ct);
        if (refused is not null) return refused;
        if (RecordStatementsBody.Problem(batch!, clock.GetUtcNow()) is { } problem) return problem;
        var items = batch!.Statements!.Select(s => s!).ToArray();

        // Analysis is the expensive part: spread it over the cores, outside the (retried) write.
        var hashes = items.Select(c => ContentHash.Of(c.Text!)).ToArray();
        var analyses = new StatementAnalysis[items.Length];
        await Task.Run(() => Parallel.For(0, items.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct },
            i => analyses[i] = analyzer.Analyze(items[i].Text!, items[i].Language!)), ct);
        var ids = items.Select(_ => Guid.CreateVersion7()).ToArray();

        // The same pure decision as the single endpoint, made in submission order on the evolving state.
        var units = items.Select((c, i) => new EngagementUnit<RecordStatementEndpoint.Decision>(c.Engagement!,
            (current, book) => RecordStatementEndpoint.Decide(current, book, c, hashes[i], analyses[i], ids[i]))).ToList();
        var decisions = await writer.WriteMany(units, ct);

        return Results.Ok(new StatementsAccepted([.. decisions.Select((d, i) => new StatementAccepted(d.StatementId,
            items[i].Engagement!, d.Duplicate, $"/api/engagements/{items[i].Engagement}/report"))]));
    }
}
