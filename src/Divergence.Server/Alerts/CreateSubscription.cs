using System.Security.Cryptography;
using Divergence.Server.Infrastructure;
using Marten;
using Wolverine.Http;

namespace Divergence.Server.Alerts;

public sealed record SubscriptionFilterInput(
    string[]? Issuers, string[]? Topics, string[]? CountryPairs, string[]? Kinds, double? MinConfidence);

public sealed record WebhookInput(string? Url, string? Format, string? Secret);

public sealed record EmailInput(string? To, string? Mode);

/// <summary>Subscribe to new divergences: a filter and exactly one destination (a webhook or an email address).</summary>
public sealed record CreateSubscription(string? Name, SubscriptionFilterInput? Filter, WebhookInput? Webhook, EmailInput? Email);

/// <summary>The only answer that ever shows the secret.</summary>
public sealed record SubscriptionCreated(SubscriptionView Subscription, string Secret);

public static class CreateSubscriptionEndpoint
{
    [WolverinePost("/api/alerts/subscriptions")]
    public static async Task<IResult> Post(CreateSubscription command, IDocumentSession session, AlertSettings settings,
        TimeProvider clock, CancellationToken ct)
    {
        if (command is null) return Problems.MissingBody();
        var errors = SubscriptionValidation.Errors(command);
        if (errors.Count == 0 && command.Webhook is { } w
            && await WebhookAddress.Problem(w.Url, settings.AllowLoopbackWebhooks, ct) is { } address)
            errors["webhook.url"] = [address];
        if (errors.Count > 0) return Problems.Invalid(errors);

        var subscription = Build(command, Guid.CreateVersion7(), clock.GetUtcNow(),
            command.Webhook?.Secret ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));
        session.Store(subscription);
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/alerts/subscriptions/{subscription.Id}",
            new SubscriptionCreated(SubscriptionView.Of(subscription, DeliveryState.None), subscription.Secret));
    }

    /// <summary>Pure: the document a valid request describes. Codes and kinds are normalised as the filter compares them.</summary>
    public static AlertSubscription Build(CreateSubscription c, Guid id, DateTimeOffset now, string secret)
    {
        var f = c.Filter;
        return new AlertSubscription
        {
            Id = id,
            Name = string.IsNullOrWhiteSpace(c.Name) ? $"subscription {id.ToString()[..8]}" : c.Name.Trim(),
            Filter = new AlertFilter(
                Upper(f?.Issuers), [.. (f?.Topics ?? []).Select(t => t.Trim().ToLowerInvariant())], Upper(f?.CountryPairs),
                [.. (f?.Kinds ?? []).Select(k => k.Trim().ToLowerInvariant()).Distinct()], f?.MinConfidence ?? 0),
            Webhook = c.Webhook is { } w ? new WebhookDestination(w.Url!.Trim(), w.Format?.ToLowerInvariant() ?? WebhookDestination.Json) : null,
            Email = c.Email is { } e ? new EmailDestination(e.To!.Trim(), e.Mode?.ToLowerInvariant() ?? EmailDestination.Each) : null,
            Secret = secret,
            CreatedAt = now,
        };
    }

    static string[] Upper(string[]? values) => [.. (values ?? []).Select(v => v.Trim().ToUpperInvariant()).Distinct()];
}
