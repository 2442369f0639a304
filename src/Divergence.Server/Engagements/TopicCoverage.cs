using Divergence.Server.Statements;

namespace Divergence.Server.Engagements;

/// <summary>Which taxonomy topics each issuer's current account of an engagement states.</summary>
public static class TopicCoverage
{
    public static SortedDictionary<string, string[]> Of(IEnumerable<StatementState> statements, AnalysisBook analyses)
    {
        var map = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        var current = statements.Where(s => !s.Withdrawn)
            .Select(s => (s.Issuer, Analysis: analyses.For(s.Id, s.Latest.ContentHash))).Where(x => x.Analysis is not null);
        foreach (var group in current.GroupBy(x => x.Issuer))
            map[group.Key] = group.SelectMany(x => x.Analysis!.Claims.Where(c => !c.Debris).SelectMany(c => c.Topics))
                .Distinct().Order(StringComparer.Ordinal).ToArray();
        return map;
    }

    public static bool SameAs(IReadOnlyDictionary<string, string[]> a, IReadOnlyDictionary<string, string[]> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var other) && kv.Value.SequenceEqual(other));
}
