using JasperFx;
using JasperFx.Events;
using Polly;
using Polly.Retry;

namespace Divergence.Server.Infrastructure;

/// <summary>
/// Retries a read-decide-append unit when another writer got to the same engagement stream first
/// (optimistic concurrency), so concurrent submissions about one meeting all land.
/// </summary>
public sealed class StoreRetry
{
    readonly ResiliencePipeline pipeline = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<ConcurrencyException>().Handle<ExistingStreamIdCollisionException>().Handle<Marten.Exceptions.ExistingStreamIdCollisionException>()
                .Handle<EventStreamUnexpectedMaxEventIdException>(),
            MaxRetryAttempts = 8,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(10),
        })
        .Build();

    public async Task<T> Run<T>(Func<CancellationToken, Task<T>> unit, CancellationToken ct) =>
        await pipeline.ExecuteAsync(async token => await unit(token), ct);
}
