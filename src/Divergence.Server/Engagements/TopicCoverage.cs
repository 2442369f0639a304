using Divergence.Server.Statements;

namespace Divergence.Server.Engagements;

/// <summary>Which taxonomy topics each issuer's current account of an engagement states.</summary>
public static class TopicCoverage
{
    public static SortedDictionary<string, string[]> Of(IEnumerable<StatementState> statements)
    {
        var map = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in statements.Where(s => !s.Withdrawn && s.Latest.Analysis is not null).GroupBy(s => s.Issuer))
            map[group.Key] = group.SelectMany(s => s.Latest.Analysis!.Claims.Where(c => !c.Debris).SelectMany(c => c.Topics))
                .Distinct().Order(StringComparer.Ordinal).ToArray();
        return map;
    }

    public static bool SameAs(IReadOnlyDictionary<string, string[]> a, IReadOnlyDictionary<string, string[]> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var other) && kv.Value.SequenceEqual(other));
}
