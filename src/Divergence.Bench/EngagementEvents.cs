using Divergence.Server.Engagements;
using Divergence.Server.Statements;

namespace Divergence.Bench;

/// <summary>
/// The events a two-statement engagement gets when both statements are recorded, decided by the server's own
/// pure functions from the precomputed analyses: what bulk loads append without paying for analysis or HTTP.
/// </summary>
public static class EngagementEvents
{
    public static readonly DateTimeOffset Epoch = new(2025, 7, 31, 12, 0, 0, TimeSpan.Zero);

    public static object[] For(BenchCorpus corpus, int n, string key)
    {
        var (a, b) = corpus.Pair(n);
        var at = Epoch.AddMinutes(n);
        var first = RecordStatementEndpoint.Decide(null, AnalysisBook.Empty, a.Command(key, at), a.Hash, a.Analysis, Guid.CreateVersion7());
        var opened = new EngagementReport { Id = key, Title = $"Bench engagement {key}" };
        var afterFirst = EngagementDecider.Evolve(opened, first.Events);
        var second = RecordStatementEndpoint.Decide(afterFirst, AnalysisBook.Empty.With(first.Events), b.Command(key, at.AddHours(9)), b.Hash, b.Analysis, Guid.CreateVersion7());
        return [.. first.Events, .. second.Events];
    }
}
