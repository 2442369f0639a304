using JasperFx.Events.Projections;
using Marten;

namespace Divergence.Server.Patterns;

public static class PatternsSetup
{
    /// <summary>
    /// Cross-engagement views run async: an inline multi-stream projection lost events under load (Marten issue
    /// 3488), and a journalist's statistics can trail a new statement by a moment.
    /// </summary>
    public static StoreOptions AddPatterns(this StoreOptions opts)
    {
        opts.Projections.Add<TopicTimelineProjection>(ProjectionLifecycle.Async);
        opts.Projections.Add<IssuerPairStatisticsProjection>(ProjectionLifecycle.Async);
        // Queried by topic and by issuer pair: real columns with indexes rather than JSON lookups.
        opts.Schema.For<TopicMention>().Duplicate(m => m.Topic);
        opts.Schema.For<PairMention>().Duplicate(m => m.StatedBy).Duplicate(m => m.OmittedBy);
        return opts;
    }
}
