using Divergence.Server.Statements;

namespace Divergence.Server.Engagements;

/// <summary>
/// Pure decisions: given the engagement as it stands and the statement events a command produces, which
/// divergences open and which close. The result is recorded as events, so alerts, history and replays all
/// see the same facts.
/// </summary>
public static class EngagementDecider
{
    public static object[] WithDivergenceChanges(EngagementReport? current, AnalysisBook analyses, string key,
        IReadOnlyList<object> statementEvents, DivergenceCause cause)
    {
        var after = statementEvents.Aggregate(current?.Statements ?? [], StatementFold.Apply);
        var analysesAfter = analyses.With(statementEvents);
        var now = EngagementComparison.Compute(key, after, analysesAfter);
        var open = current?.OpenDivergenceIds() ?? new HashSet<string>();
        var stillOpen = now.Omissions.Select(o => o.Id).Concat(now.Framing.Select(f => f.Id)).ToHashSet();

        var events = new List<object>(statementEvents);
        events.AddRange(now.Omissions.Where(o => !open.Contains(o.Id)).Select(o => new OmissionOpened(o, cause)));
        events.AddRange(now.Framing.Where(f => !open.Contains(f.Id)).Select(f => new FramingOpened(f, cause)));
        if (current is not null)
        {
            var omissionsBefore = current.Omissions.ToDictionary(o => o.Id);
            var framingBefore = current.Framing.ToDictionary(f => f.Id);
            events.AddRange(now.Omissions.Where(o => omissionsBefore.TryGetValue(o.Id, out var was) && Changed(was, o))
                .Select(o => new OmissionRestated(o, cause)));
            events.AddRange(now.Framing.Where(f => framingBefore.TryGetValue(f.Id, out var was) && Changed(was, f))
                .Select(f => new FramingRestated(f, cause)));
            events.AddRange(current.Omissions.Where(o => !stillOpen.Contains(o.Id)).Select(o => new DivergenceClosed(o.Id, o.Kind, cause)));
            events.AddRange(current.Framing.Where(f => !stillOpen.Contains(f.Id)).Select(f => new DivergenceClosed(f.Id, f.Kind, cause)));
        }
        if (TopicsChanged(current, analyses, key, after, analysesAfter) is { } topics) events.Add(topics);
        return [.. events];
    }

    static EngagementTopicsChanged? TopicsChanged(EngagementReport? current, AnalysisBook analysesBefore, string key,
        IReadOnlyList<StatementState> after, AnalysisBook analysesAfter)
    {
        var before = TopicCoverage.Of(current?.Statements ?? [], analysesBefore);
        var now = TopicCoverage.Of(after, analysesAfter);
        if (TopicCoverage.SameAs(before, now)) return null;
        var counting = after.Where(s => !s.Withdrawn).ToList();
        var publishedAt = counting.Count > 0 ? counting.Max(s => s.Latest.EffectiveAt) : after.Max(s => s.PublishedAt);
        return new EngagementTopicsChanged(key, publishedAt, now,
            [.. before.Keys.Union(now.Keys).Order(StringComparer.Ordinal)],
            [.. before.Values.Concat(now.Values).SelectMany(t => t).Distinct().Order(StringComparer.Ordinal)]);
    }

    /// <summary>The engagement after some events, for a decision that takes several steps. Folds as the projection does.</summary>
    public static EngagementReport Evolve(EngagementReport current, IEnumerable<object> events)
    {
        var next = new EngagementReport
        {
            Id = current.Id, Title = current.Title, Version = current.Version, FirstPublishedAt = current.FirstPublishedAt,
            LastPublishedAt = current.LastPublishedAt, Statements = current.Statements,
            Omissions = [.. current.Omissions], Framing = [.. current.Framing],
        };
        foreach (var e in events)
        {
            next.Statements = StatementFold.Apply(next.Statements, e);
            DivergenceFold.Apply(next, e);
        }
        return next;
    }

    static bool Changed(ReportedOmission was, ReportedOmission now) =>
        was.Evidence != now.Evidence || was.Confidence != now.Confidence || was.PublishedAt != now.PublishedAt;

    static bool Changed(ReportedFraming was, ReportedFraming now) =>
        (was.A.StatementId, was.A.Start, was.A.Text, was.B.StatementId, was.B.Start, was.B.Text, was.Confidence, was.PublishedAt) !=
        (now.A.StatementId, now.A.Start, now.A.Text, now.B.StatementId, now.B.Start, now.B.Text, now.Confidence, now.PublishedAt);
}
