using System.Text;
using MailKit.Net.Smtp;
using MimeKit;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Divergence.Server.Alerts;

/// <summary>
/// One attempt to hand an alert to its destination; returns null on success, else why it failed.
/// Webhooks go through the "alerts" HttpClient (Polly: timeouts, jittered retries, a breaker per host).
/// </summary>
public sealed class AlertSender(IHttpClientFactory clients, AlertSettings settings)
{
    public const string Client = "alerts";

    public async Task<string?> Send(AlertSubscription s, AlertEnvelope envelope, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            if (s.Webhook is { } hook) return await Post(hook, s.Secret, envelope, now, ct);
            if (s.Email is { } mail) { await Mail(mail.To, AlertFormats.Subject(envelope.Alert), AlertFormats.Text(envelope.Alert), envelope.Id, ct); return null; }
            return "the subscription has no destination";
        }
        catch (Exception e) when (e is HttpRequestException or BrokenCircuitException or TimeoutRejectedException
                                      or IOException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpCommandException
                                      or MailKit.Net.Smtp.SmtpProtocolException or System.Net.Sockets.SocketException
                                      || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    async Task<string?> Post(WebhookDestination hook, string secret, AlertEnvelope envelope, DateTimeOffset now, CancellationToken ct)
    {
        var body = AlertFormats.Body(hook.Format, envelope);
        var timestamp = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Divergence-Alert-Id", envelope.Id);
        request.Headers.Add("X-Divergence-Timestamp", timestamp);
        request.Headers.Add("X-Divergence-Signature", Signature.Sign(secret, timestamp, body));
        using var response = await clients.CreateClient(Client).SendAsync(request, ct);
        return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} from {new Uri(hook.Url).Authority}";
    }

    public async Task Mail(string to, string subject, string text, string messageId, CancellationToken ct)
    {
        if (settings.SmtpHost is null) throw new IOException("no SMTP server configured (Divergence:Alerts:Smtp:Host)");
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = text } };
        message.From.Add(MailboxAddress.Parse(settings.MailFrom));
        message.To.Add(MailboxAddress.Parse(to));
        message.MessageId = $"{messageId}@divergence";
        message.Headers.Add("X-Divergence-Alert-Id", messageId);
        using var smtp = new SmtpClient { Timeout = (int)settings.AttemptTimeout.TotalMilliseconds };
        await smtp.ConnectAsync(settings.SmtpHost, settings.SmtpPort, MailKit.Security.SecureSocketOptions.Auto, ct);
        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(true, ct);
    }
}
