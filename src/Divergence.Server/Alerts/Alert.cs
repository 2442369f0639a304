using System.Security.Cryptography;
using System.Text;

namespace Divergence.Server.Alerts;

/// <summary>
/// What a new divergence (or a revision / withdrawal of a statement) tells subscribers; built once from the event
/// that recorded it, so every subscriber and every retry sends the same content.
/// </summary>
public sealed record Alert(
    string Type, string Kind, Guid EventId, DateTimeOffset RecordedAt, string Engagement, string Report,
    IReadOnlyList<string> Issuers, string? Topic, string Label, double? Confidence, string Reason,
    string? DivergenceId, AlertSide? Stated, AlertSide? Other, string? Note);

/// <summary>One side's account: the issuer and, where it said something, the exact quote and its span.</summary>
public sealed record AlertSide(string Issuer, string? StatementId, string? Text, int? Start, int? End, string Role);

/// <summary>The body a subscriber receives: its alert id (stable: subscription + event), then the alert.</summary>
public sealed record AlertEnvelope(string Id, Guid SubscriptionId, Alert Alert);

public static class AlertIds
{
    /// <summary>Same subscription and same event always give the same id: receivers de-duplicate on it.</summary>
    public static string For(Guid subscriptionId, Guid eventId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{subscriptionId:N}:{eventId:N}")))[..32];
}
