using Divergence.Analysis.Comparison;
using Divergence.Server.Engagements;
using Divergence.Server.Statements;
using Marten;

namespace Divergence.Server.Tests.Alerts;

/// <summary>Many divergences fast: OmissionOpened events appended straight to engagement streams (no analysis).</summary>
public static class Divergences
{
    public static ReportedOmission Omission(string key, int n, string label = "Peace and stability across the Taiwan Strait") =>
        new($"{key}-d{n}", key, "US-DOS", "KR-MOFA", "omission", "taiwan-strait", label,
            new Evidence(Guid.Empty.ToString(), $"Both stressed peace and stability across the Taiwan Strait ({n}).", 3, 10, 70),
            0.9, DateTimeOffset.Parse("2025-07-31T20:00:00Z"));

    public static async Task Append(IDocumentStore store, int engagements, int perEngagement, string prefix, Func<string, int, ReportedOmission>? make = null)
    {
        await using var session = store.LightweightSession();
        for (var e = 0; e < engagements; e++)
        {
            var key = $"{prefix}-{e:D4}";
            var events = new List<object> { new EngagementOpened(key, $"Engagement {e}") };
            for (var d = 0; d < perEngagement; d++)
                events.Add(new OmissionOpened((make ?? ((k, i) => Omission(k, i)))(key, d), new DivergenceCause(DivergenceCause.Recorded, Guid.Empty)));
            session.Events.StartStream(key, events.ToArray());
        }
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
