using System.Diagnostics;
using Divergence.Server.Engagements;
using JasperFx.Events.Daemon;
using Marten;
using Wolverine.Http;

namespace Divergence.Server.Patterns;

public sealed record ProjectionRebuilt(string Projection, double Seconds);

public static class RebuildProjectionsEndpoint
{
    static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>
    /// Rebuilds every projection from the events. Running agents pause meanwhile, so the rebuild does not race the
    /// live projection; the result is the same documents the live run made (a test holds us to that).
    /// </summary>
    [WolverinePost("/api/admin/projections/rebuild")]
    public static async Task<IResult> Post(IDocumentStore store, IProjectionCoordinator coordinator, CancellationToken ct)
    {
        if (!await OneAtATime.WaitAsync(0, ct)) return Infrastructure.Problems.Conflict("A rebuild is already running.");
        try
        {
            await coordinator.PauseAsync();
            try
            {
                using var daemon = await store.BuildProjectionDaemonAsync();
                var timeout = TimeSpan.FromMinutes(30);
                // Concurrently: the report is CPU-bound on reading every event, the pattern projections mostly wait
                // on PostgreSQL writes of small documents; overlapped they take ~15% less time (docs/benchmarks.md).
                return Results.Ok(await Task.WhenAll(
                    Timed<EngagementReportProjection>(daemon, timeout, ct),
                    Timed<TopicTimelineProjection>(daemon, timeout, ct),
                    Timed<IssuerPairStatisticsProjection>(daemon, timeout, ct)));
            }
            finally
            {
                await coordinator.ResumeAsync();
            }
        }
        finally { OneAtATime.Release(); }
    }

    static async Task<ProjectionRebuilt> Timed<T>(IProjectionDaemon daemon, TimeSpan timeout, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await daemon.RebuildProjectionAsync<T>(timeout, ct);
        return new ProjectionRebuilt(typeof(T).Name.Replace("Projection", ""), Math.Round(clock.Elapsed.TotalSeconds, 3));
    }
}
