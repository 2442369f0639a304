using Divergence.Server.Infrastructure;

namespace Divergence.Server.Engagements;

/// <summary>
/// The two time axes of a report question, never mixed: AsOf is publication time (what had the governments
/// said by then), KnownAt is recording time (what had the tracker recorded by then).
/// </summary>
public sealed record ReportQuery(DateTimeOffset? AsOf, DateTimeOffset? KnownAt, bool CurrentAnalyzer, double MinConfidence)
{
    public bool IsLive => AsOf is null && KnownAt is null && !CurrentAnalyzer;

    public static IResult? TryParse(string? asOf, string? knownAt, string? analysis, string? minConfidence, DateTimeOffset now,
        out ReportQuery query)
    {
        query = new ReportQuery(null, null, false, 0);
        if (!Dates.TryParse(asOf, out var asOfTime)) return Problems.BadRequest("asOf is a date (2025-08-01) or an ISO 8601 time.");
        if (!Dates.TryParse(knownAt, out var knownAtTime)) return Problems.BadRequest("knownAt is a date (2025-08-01) or an ISO 8601 time.");
        if (knownAtTime > now) return Problems.BadRequest("knownAt is in the future: the tracker cannot know that yet.");
        if (analysis is not (null or "recorded" or "current"))
            return Problems.BadRequest("analysis is 'recorded' (the analysis of the time) or 'current' (today's analyzer).");
        if (!QueryNumbers.TryConfidence(minConfidence, out var minimum)) return Problems.BadRequest("minConfidence must be between 0 and 1.");
        // A bare date means the end of that day: "as of 1 August" includes what was said on 1 August.
        query = new ReportQuery(Dates.EndOf(asOf, asOfTime)?.AddTicks(-1), Dates.EndOf(knownAt, knownAtTime)?.AddTicks(-1),
            analysis == "current", minimum);
        return null;
    }
}
