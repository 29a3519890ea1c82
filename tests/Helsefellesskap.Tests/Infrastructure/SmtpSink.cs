using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using MimeKit;

namespace Helsefellesskap.Tests.Infrastructure;

/// <summary>A message as the sink received it: the envelope and the parsed MIME message.</summary>
public sealed record ReceivedMail(string From, IReadOnlyList<string> Recipients, MimeMessage Message);

/// <summary>
/// A minimal SMTP server on a free local port that keeps what it receives, so tests send e-mail the
/// way production does (MailKit over SMTP) and read it back with MimeKit.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentQueue<ReceivedMail> received = new();
    private readonly Task accepting;

    public SmtpSink()
    {
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public IReadOnlyList<ReceivedMail> Messages => [.. received];

    private async Task AcceptAsync()
    {
        var sessions = new List<Task>();
        try
        {
            while (true)
            {
                var client = await listener.AcceptTcpClientAsync(stopping.Token);
                sessions.Add(ServeAsync(client));
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        await Task.WhenAll(sessions);
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        // Latin-1 maps every byte to one char and back, so 8-bit message bodies arrive unchanged.
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost SmtpSink ready");
        string? from = null;
        var recipients = new List<string>();
        try
        {
            while (await reader.ReadLineAsync(stopping.Token) is { } line)
            {
                var command = line.Split(' ', 2)[0].ToUpperInvariant();
                var argument = line.Length > command.Length ? line[(command.Length + 1)..] : "";
                switch (command)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "HELO":
                        await writer.WriteLineAsync("250 localhost");
                        break;
                    case "MAIL":
                        from = Address(argument);
                        recipients.Clear();
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RCPT" when from is not null:
                        recipients.Add(Address(argument));
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA" when from is not null && recipients.Count > 0:
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var message = await ReadDataAsync(reader);
                        received.Enqueue(new ReceivedMail(from, [.. recipients], message));
                        from = null;
                        recipients.Clear();
                        await writer.WriteLineAsync("250 OK: queued");
                        break;
                    case "RSET":
                        from = null;
                        recipients.Clear();
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    case "RCPT" or "DATA":
                        await writer.WriteLineAsync("503 Bad sequence of commands");
                        break;
                    default:
                        await writer.WriteLineAsync("502 Command not implemented");
                        break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The sink is stopping or the client went away.
        }
    }

    private async Task<MimeMessage> ReadDataAsync(StreamReader reader)
    {
        using var data = new MemoryStream();
        while (await reader.ReadLineAsync(stopping.Token) is { } line && line != ".")
        {
            // Undo dot-stuffing (RFC 5321 4.5.2).
            var bytes = Encoding.Latin1.GetBytes(line.StartsWith('.') ? line[1..] : line);
            data.Write(bytes);
            data.Write("\r\n"u8);
        }
        data.Position = 0;
        return await MimeMessage.LoadAsync(data);
    }

    /// <summary>The address in <c>FROM:&lt;a@b&gt; BODY=8BITMIME</c> or <c>TO:&lt;a@b&gt;</c>.</summary>
    private static string Address(string argument)
    {
        var start = argument.IndexOf('<');
        var end = argument.IndexOf('>', start + 1);
        return start >= 0 && end > start ? argument[(start + 1)..end] : argument[(argument.IndexOf(':') + 1)..].Trim();
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting;
        stopping.Dispose();
    }
}

public static class SmtpSinkFactoryExtensions
{
    /// <summary>The application on the same database, sending its e-mail over SMTP to <paramref name="sink"/>.</summary>
    public static WebApplicationFactory<Program> SendingMailTo(this AppFactory factory, SmtpSink sink) =>
        factory.WithWebHostBuilder(builder => builder
            .UseSetting("Email:Delivery", "Smtp")
            .UseSetting("Email:SmtpHost", "127.0.0.1")
            .UseSetting("Email:SmtpPort", sink.Port.ToString(CultureInfo.InvariantCulture))
            .UseSetting("Email:SmtpSecurity", "None"));
}
