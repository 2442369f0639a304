using System.Net;
using System.Net.Sockets;

namespace Divergence.Server.Alerts;

/// <summary>
/// Where a webhook may point: http(s), no credentials in the URL, and no address inside our own network
/// (loopback, private, link-local, the 169.254.169.254 metadata service...). Host names are resolved and every
/// address is checked; delivery checks again at connect time, so a name re-pointed later (DNS rebinding) fails too.
/// </summary>
public static class WebhookAddress
{
    public static async Task<string?> Problem(string? url, bool allowLoopback, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return "webhook.url must be an absolute http(s) URL.";
        if (uri.Scheme is not ("http" or "https")) return "webhook.url must use http or https.";
        if (uri.UserInfo.Length > 0) return "webhook.url must not carry credentials.";
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(uri.IdnHost, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(uri.IdnHost, ct);
        }
        catch (SocketException) { return $"webhook.url host '{uri.Host}' cannot be resolved."; }
        if (addresses.Length == 0) return $"webhook.url host '{uri.Host}' cannot be resolved.";
        return addresses.FirstOrDefault(a => !Allowed(a, allowLoopback)) is { } bad
            ? $"webhook.url resolves to {bad}, which is not a public address."
            : null;
    }

    public static bool Allowed(IPAddress address, bool allowLoopback)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return allowLoopback;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any)) return false;
            var b6 = address.GetAddressBytes();
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal
                     || (b6[0] == 0x20 && b6[1] == 0x01 && b6[2] == 0x0d && b6[3] == 0xb8));
        }
        var b = address.GetAddressBytes();
        return !(b[0] is 0 or 10 or 127 or >= 224                // this network, private, loopback, multicast/reserved
                 || (b[0] == 169 && b[1] == 254)                 // link-local, cloud metadata (169.254.169.254)
                 || (b[0] == 172 && b[1] is >= 16 and <= 31)     // private
                 || (b[0] == 192 && b[1] == 168)                 // private
                 || (b[0] == 100 && b[1] is >= 64 and <= 127)    // carrier-grade NAT
                 || (b[0] == 192 && b[1] == 0 && b[2] == 0)      // IETF protocol assignments
                 || (b[0] == 198 && b[1] is 18 or 19));          // benchmarking
    }

    /// <summary>SocketsHttpHandler.ConnectCallback: resolve, refuse any disallowed address, connect to the first good one.</summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> GuardedConnect(bool allowLoopback) =>
        async (context, ct) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
            if (addresses.Length == 0 || addresses.Any(a => !Allowed(a, allowLoopback)))
                throw new HttpRequestException($"refused to connect to {host}: not a public address");
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}
