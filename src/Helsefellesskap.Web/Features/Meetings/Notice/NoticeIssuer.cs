using Helsefellesskap.Web.Features.Meetings.Agenda;
using Helsefellesskap.Web.Features.Meetings.Attendance;
using Helsefellesskap.Web.Features.Meetings.Documents;
using Helsefellesskap.Web.Infrastructure.Auditing;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Files;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Meetings.Notice;

/// <summary>
/// Issues (or re-issues) a meeting's notice: freezes the case numbers, renders the notice (PDF, DOCX) and the
/// meeting book, keeps them as they were sent, and e-mails everyone called with links and a calendar invitation.
/// </summary>
public sealed class NoticeIssuer(AppDbContext db, MeetingDocuments documents, NoticeMailer mailer, IBlobStore blobs, ICurrentActor actor, TimeProvider clock)
{
    public async Task<NoticeIssue?> IssueAsync(int meetingId, string? changeNote)
    {
        var meeting = await db.Meetings.Include(m => m.Body).Include(m => m.AgendaItems).Include(m => m.Participants).ThenInclude(p => p.Person)
            .SingleOrDefaultAsync(m => m.Id == meetingId);
        if (meeting is null)
        {
            return null;
        }
        if (meeting.Participants.Count == 0)
        {
            await MeetingParticipants.AddFromMembershipsAsync(db, meeting);
        }
        await CaseNumbering.RenumberAsync(db, meeting.BodyId, meeting.Date.Year);
        foreach (var item in meeting.AgendaItems.Where(i => i.CaseSequence is not null))
        {
            item.NumberFrozen = true;
        }
        var revised = meeting.NoticeIssued;
        meeting.NoticeRevision++;
        meeting.NoticeIssuedAtUtc = clock.GetUtcNow().UtcDateTime;
        if (meeting.Status == MeetingStatus.Planned)
        {
            meeting.Status = MeetingStatus.NoticeIssued;
        }
        if (revised)
        {
            meeting.CalendarSequence++;
        }
        await db.SaveChangesAsync();
        // Participants just added from the memberships have no Person loaded yet.
        await db.Entry(meeting).Collection(m => m.Participants).Query().Include(p => p.Person).LoadAsync();

        var issued = (await documents.NoticeIssueAsync(meetingId))!;
        var issue = new NoticeIssue
        {
            MeetingId = meetingId,
            Revision = meeting.NoticeRevision,
            IssuedAtUtc = meeting.NoticeIssuedAtUtc.Value,
            IssuedBy = actor.UserName,
            ChangeNote = changeNote.TrimToNull(),
            NoticePdfKey = await StoreAsync(meeting, issued.NoticePdf),
            NoticeDocxKey = await StoreAsync(meeting, issued.NoticeDocx),
            MeetingBookKey = await StoreAsync(meeting, issued.MeetingBook),
        };
        var recipients = meeting.Participants.Where(p => !string.IsNullOrWhiteSpace(p.Person?.Email)).ToList();
        issue.RecipientCount = await mailer.SendNoticeAsync(meeting, recipients, issued.NoticePdf, revised, issue.ChangeNote);
        db.NoticeIssues.Add(issue);
        await db.SaveChangesAsync();
        return issue;
    }

    private async Task<string> StoreAsync(Meeting meeting, byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        return await blobs.PutAsync(meeting.CommunityId, stream);
    }
}
