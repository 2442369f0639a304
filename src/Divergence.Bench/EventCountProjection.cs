using Marten.Events.Aggregation;
using JasperFx.Events;

namespace Divergence.Bench;

/// <summary>The trivial baseline for rebuild rates: one document per stream that counts its events.</summary>
public sealed class EventCount
{
    public string Id { get; set; } = "";
    public int Events { get; set; }
}

public sealed class EventCountProjection : SingleStreamProjection<EventCount, string>
{
    public EventCountProjection() => Name = "BenchEventCount";

    public override EventCount Evolve(EventCount? snapshot, string id, IEvent e)
    {
        snapshot ??= new EventCount { Id = id };
        snapshot.Events++;
        return snapshot;
    }
}
