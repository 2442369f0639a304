using Divergence.Server.Infrastructure;
using Marten;
using Wolverine.Http;

namespace Divergence.Server.Engagements;

public static class GetOmissionReportEndpoint
{
    /// <summary>The engagement's report: statements, omissions per issuer pair, framing differences.</summary>
    [WolverineGet("/api/engagements/{key}/report")]
    public static async Task<IResult> Get(string key, string? minConfidence, IQuerySession session, CancellationToken ct)
    {
        if (!Slugs.IsEngagementKey(key)) return Problems.NotFound($"No engagement '{key}': keys are lowercase slugs.");
        if (!QueryNumbers.TryConfidence(minConfidence, out var minimum)) return Problems.BadRequest("minConfidence must be between 0 and 1.");
        var report = await session.LoadAsync<EngagementReport>(key, ct);
        if (report is null) return Problems.NotFound($"No engagement '{key}' has been recorded.");
        return Results.Ok(OmissionReport.From(report, minimum));
    }
}
