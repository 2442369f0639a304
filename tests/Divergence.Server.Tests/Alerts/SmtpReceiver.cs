using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Divergence.Server.Tests.Alerts;

/// <summary>A real SMTP server on loopback (the SmtpServer package) that keeps every message it is handed.</summary>
public sealed class SmtpReceiver : IDisposable
{
    readonly CancellationTokenSource stop = new();
    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    public SmtpReceiver(int port)
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        // The store must not be IDisposable: the server disposes what it resolves after each session.
        services.Add(new Store(Messages));
        _ = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    public void Dispose() => stop.Cancel();
}
