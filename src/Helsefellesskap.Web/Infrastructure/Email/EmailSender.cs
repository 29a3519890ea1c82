using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Helsefellesskap.Web.Infrastructure.Email;

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

public sealed record EmailMessage(
    IReadOnlyList<(string Name, string Address)> To,
    string Subject,
    string TextBody,
    IReadOnlyList<EmailAttachment>? Attachments = null);

public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary><c>Pickup</c> writes each message as an .eml file (demo and development); <c>Smtp</c> sends it.</summary>
    public EmailDelivery Delivery { get; set; } = EmailDelivery.Pickup;

    public string PickupFolder { get; set; } = "data/mail";

    public string FromAddress { get; set; } = "ikke-svar@helsefellesskap.example";

    public string FromName { get; set; } = "Helsefellesskap";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    /// <summary><c>Auto</c>, <c>None</c>, <c>StartTls</c> or <c>SslOnConnect</c>.</summary>
    public SecureSocketOptions SmtpSecurity { get; set; } = SecureSocketOptions.Auto;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>The address links in e-mails point to, e.g. https://helsefellesskap.no.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";
}

public enum EmailDelivery
{
    Pickup,
    Smtp,
}

/// <summary>Sends through SMTP with MailKit, or writes .eml files to a pickup folder.</summary>
public sealed class MailKitEmailSender(IOptions<EmailOptions> options, IHostEnvironment environment, ILogger<MailKitEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var mime = ToMime(message, settings);
        if (settings.Delivery == EmailDelivery.Pickup)
        {
            var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, settings.PickupFolder));
            Directory.CreateDirectory(folder);
            await mime.WriteToAsync(Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddTHHmmss}-{Guid.NewGuid():N}.eml"), cancellationToken);
            return;
        }
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost ?? throw new InvalidOperationException("Email:SmtpHost is not set."), settings.SmtpPort, settings.SmtpSecurity, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? "", cancellationToken);
        }
        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Sent e-mail to {RecipientCount} recipients", message.To.Count);
    }

    private static MimeMessage ToMime(EmailMessage message, EmailOptions settings)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        mime.To.AddRange(message.To.Select(t => new MailboxAddress(t.Name, t.Address)));
        mime.Subject = message.Subject;
        var body = new BodyBuilder { TextBody = message.TextBody };
        foreach (var attachment in message.Attachments ?? [])
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }
        mime.Body = body.ToMessageBody();
        return mime;
    }
}

public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddHelsefellesskapEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<IEmailSender, MailKitEmailSender>();
        return services;
    }
}
