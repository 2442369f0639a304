using JasperFx.Events.Projections;
using Marten;

namespace Divergence.Server.Engagements;

public static class EngagementsSetup
{
    public static StoreOptions AddEngagements(this StoreOptions opts)
    {
        opts.Projections.Add<EngagementReportProjection>(ProjectionLifecycle.Inline);
        return opts;
    }
}
