using System.Security.Cryptography;
using System.Text;

namespace Divergence.Server.Alerts;

/// <summary>
/// X-Divergence-Signature: sha256=hex(HMAC-SHA256(secret, timestamp + "." + body)). Signing the timestamp with the
/// body lets a receiver refuse old deliveries (replay protection) without trusting an unsigned header.
/// </summary>
public static class Signature
{
    public static string Sign(string secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes(timestamp + "." + body)));

    /// <summary>What a receiver does: same HMAC, constant-time compare, and a timestamp no older than the tolerance.</summary>
    public static bool Verify(string secret, string timestamp, string body, string signature, DateTimeOffset now, TimeSpan tolerance)
    {
        if (!long.TryParse(timestamp, out var seconds)) return false;
        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance) return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)),
            Encoding.ASCII.GetBytes(signature));
    }
}
