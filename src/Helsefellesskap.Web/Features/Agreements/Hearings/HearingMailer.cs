using System.Text;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Email;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Helsefellesskap.Web.Features.Agreements.Hearings;

/// <summary>
/// Tells the invited partners that a draft is on hearing: one e-mail to each person with an address who currently
/// represents an invited partner in the agreement's owner body, or, when the partner has nobody there, in any body.
/// </summary>
public sealed class HearingMailer(AppDbContext db, IEmailSender sender, IOptions<EmailOptions> emailOptions, IStringLocalizer<SharedResource> l, TimeProvider clock)
{
    /// <summary>Sends the invitations (the hearing with its invitees tracked) and marks each reached invitee notified.</summary>
    public async Task<int> SendInvitationsAsync(AgreementHearing hearing, Agreement agreement, int versionNumber, string communitySlug, CancellationToken cancellationToken = default)
    {
        var today = OsloTime.Today(clock);
        var partnerIds = hearing.Invitees.Select(i => i.PartnerId).ToList();
        var members = await db.Memberships.AsNoTracking()
            .Where(m => m.PartnerId != null && partnerIds.Contains(m.PartnerId.Value)
                && m.From <= today && (m.To == null || m.To >= today)
                && m.Person!.Email != null && m.Person.Email != "")
            .Select(m => new { PartnerId = m.PartnerId!.Value, m.BodyId, m.PersonId, m.Person!.Name, Email = m.Person.Email! })
            .ToListAsync(cancellationToken);
        var recipients = members
            .GroupBy(m => m.PartnerId)
            .SelectMany(partner => partner.Any(m => m.BodyId == agreement.OwnerBodyId) ? partner.Where(m => m.BodyId == agreement.OwnerBodyId) : partner)
            .GroupBy(m => m.PersonId)
            .Select(person => (person.First().Name, Email: person.First().Email.Trim(), Partners: person.Select(m => m.PartnerId).ToHashSet()))
            .ToList();

        var link = $"{emailOptions.Value.PublicBaseUrl.TrimEnd('/')}/{communitySlug}/avtaler/horinger/{hearing.Id}/uttalelse";
        var subject = l["Agreements.HearingMail.Subject", agreement.Title, OsloTime.Format(hearing.Deadline)];
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        foreach (var (name, email, partners) in recipients)
        {
            var text = new StringBuilder()
                .AppendLine(l["Agreements.HearingMail.Greeting", name]).AppendLine()
                .AppendLine(l["Agreements.HearingMail.Intro", agreement.Title, versionNumber]).AppendLine()
                .AppendLine(l["Agreements.HearingMail.Deadline", OsloTime.Format(hearing.Deadline)]);
            if (!string.IsNullOrWhiteSpace(hearing.Message))
            {
                text.AppendLine().AppendLine(hearing.Message.Trim());
            }
            text.AppendLine().AppendLine(l["Agreements.HearingMail.Link", link]);
            await sender.SendAsync(new EmailMessage([(name, email)], subject, text.ToString()), cancellationToken);
            foreach (var invitee in hearing.Invitees.Where(i => partners.Contains(i.PartnerId)))
            {
                invitee.NotifiedAtUtc = nowUtc;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return recipients.Count;
    }
}
