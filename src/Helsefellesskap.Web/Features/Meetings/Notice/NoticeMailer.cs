using System.Globalization;
using System.Text;
using Helsefellesskap.Web.Features.Meetings.Attendance;
using Helsefellesskap.Web.Features.Meetings.Calendar;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Email;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Notice;

/// <summary>
/// E-mails the notice of a meeting to its participants, one message each: the meeting's facts and agenda,
/// their own "kommer / forfall" links, the notice PDF and a calendar invitation. Also the cancellation.
/// </summary>
public sealed class NoticeMailer(AppDbContext db, IEmailSender sender, MeetingCalendar calendar, MeetingLinks links, IStringLocalizer<SharedResource> l)
{
    /// <summary>
    /// Sends the notice (with <see cref="Meeting.Body"/> and each participant's <see cref="MeetingParticipant.Person"/>
    /// loaded) to every participant with an e-mail address, and returns how many were sent.
    /// </summary>
    public async Task<int> SendNoticeAsync(Meeting meeting, IReadOnlyList<MeetingParticipant> recipients, byte[] noticePdf,
        bool revised, string? changeNote, CancellationToken cancellationToken = default)
    {
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            throw new InvalidOperationException("A cancelled meeting gets a cancellation, not a notice.");
        }
        var body = BodyOf(meeting);
        var items = await db.AgendaItems.AsNoTracking()
            .Where(i => i.MeetingId == meeting.Id)
            .OrderBy(i => i.SortOrder)
            .ToListAsync(cancellationToken);
        var subject = l[revised ? "NoticeMail.RevisedSubject" : "NoticeMail.Subject", body.ShortName, OsloTime.Format(meeting.Date)];
        var pdf = new EmailAttachment(l["NoticeMail.PdfFileName", body.ShortName, meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
            "application/pdf", noticePdf);
        var sent = 0;
        foreach (var recipient in WithAddress(recipients))
        {
            var text = new StringBuilder()
                .AppendLine(l["NoticeMail.Greeting", recipient.Person!.Name]).AppendLine()
                .AppendLine(l[revised ? "NoticeMail.RevisedIntro" : "NoticeMail.Intro", body.Name]);
            if (revised && !string.IsNullOrWhiteSpace(changeNote))
            {
                text.AppendLine(l["NoticeMail.ChangeNote", changeNote.Trim()]);
            }
            AppendFacts(text.AppendLine(), meeting);
            text.AppendLine().AppendLine(l["NoticeMail.Agenda"]);
            foreach (var item in items)
            {
                text.AppendLine(AgendaLine(item));
            }
            text.AppendLine()
                .AppendLine(l["NoticeMail.MeetingPage", links.MeetingPage(meeting.Id)]).AppendLine()
                .AppendLine(l["NoticeMail.AnswerPrompt"])
                .AppendLine(l["NoticeMail.AnswerComing", links.Answer(recipient.ResponseToken, ResponseWords.Coming)])
                .AppendLine(l["NoticeMail.AnswerNotComing", links.Answer(recipient.ResponseToken, ResponseWords.NotComing)])
                .AppendLine()
                .AppendLine(l["NoticeMail.AttachmentsNote"]);
            await SendAsync(recipient, subject, text.ToString(), [pdf, Invitation(meeting, recipient)], cancellationToken);
            sent++;
        }
        return sent;
    }

    /// <summary>Tells the participants that the (cancelled) meeting will not take place, with a calendar cancellation.</summary>
    public async Task<int> SendCancellationAsync(Meeting meeting, IReadOnlyList<MeetingParticipant> recipients, CancellationToken cancellationToken = default)
    {
        if (meeting.Status != MeetingStatus.Cancelled)
        {
            throw new InvalidOperationException("Only a cancelled meeting's cancellation can be sent.");
        }
        var body = BodyOf(meeting);
        var subject = l["NoticeMail.CancelledSubject", body.ShortName, OsloTime.Format(meeting.Date)];
        var sent = 0;
        foreach (var recipient in WithAddress(recipients))
        {
            var text = new StringBuilder()
                .AppendLine(l["NoticeMail.Greeting", recipient.Person!.Name]).AppendLine()
                .AppendLine(l["NoticeMail.CancelledIntro", body.Name]).AppendLine();
            AppendFacts(text, meeting);
            text.AppendLine().AppendLine(l["NoticeMail.CancelledCalendarNote"]);
            await SendAsync(recipient, subject, text.ToString(), [Invitation(meeting, recipient)], cancellationToken);
            sent++;
        }
        return sent;
    }

    private static Bodies.Body BodyOf(Meeting meeting) =>
        meeting.Body ?? throw new InvalidOperationException("The meeting's body is not loaded.");

    private static IEnumerable<MeetingParticipant> WithAddress(IEnumerable<MeetingParticipant> recipients) =>
        recipients.Where(r => !string.IsNullOrWhiteSpace((r.Person ?? throw new InvalidOperationException("The participant's person is not loaded.")).Email));

    private void AppendFacts(StringBuilder text, Meeting meeting)
    {
        text.AppendLine(l["NoticeMail.Date", OsloTime.Format(meeting.Date)])
            .AppendLine(l["NoticeMail.Time", OsloTime.Format(meeting.StartTime), OsloTime.Format(meeting.EndTime)]);
        if (!string.IsNullOrWhiteSpace(meeting.Location))
        {
            text.AppendLine(l["NoticeMail.Place", meeting.Location]);
        }
        if (!string.IsNullOrWhiteSpace(meeting.Topic))
        {
            text.AppendLine(l["NoticeMail.Topic", meeting.Topic]);
        }
    }

    private string AgendaLine(AgendaItem item)
    {
        var line = item.CaseNumber is { } number ? $"{number} {item.Title}" : item.Title;
        return item.State == AgendaItemState.Active ? line : $"{line} ({l.Enum(item.State)})";
    }

    private EmailAttachment Invitation(Meeting meeting, MeetingParticipant recipient) =>
        new(l["NoticeMail.InvitationFileName"], $"text/calendar; method={MeetingCalendar.InvitationMethod(meeting)}; charset=utf-8",
            Encoding.UTF8.GetBytes(calendar.Invitation(meeting, recipient)));

    private Task SendAsync(MeetingParticipant recipient, string subject, string text, IReadOnlyList<EmailAttachment> attachments, CancellationToken cancellationToken) =>
        sender.SendAsync(new EmailMessage([(recipient.Person!.Name, recipient.Person.Email!.Trim())], subject, text, attachments), cancellationToken);
}
