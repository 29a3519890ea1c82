using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Meetings;

/// <summary>A meeting: when and where, its agenda, documents, who comes, minutes and the notices sent.</summary>
public sealed class DetailsModel(AppDbContext db, AuditView audit, CommunityPermissions permissions, UserManager<ApplicationUser> users) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public Meeting? PreparatoryFor { get; private set; }

    public IReadOnlyList<Meeting> PreparedBy { get; private set; } = [];

    public IReadOnlyList<NoticeIssue> Notices { get; private set; } = [];

    public IReadOnlyDictionary<int, int> AttachmentCounts { get; private set; } = new Dictionary<int, int>();

    public MeetingParticipant? Me { get; private set; }

    public IReadOnlyList<AuditRow> History { get; private set; } = [];

    public bool CanAdminister { get; private set; }

    public bool MinutesVisible => CanAdminister || Meeting.MinutesStatus is MinutesStatus.Circulated or MinutesStatus.Approved;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var meeting = await db.Meetings.AsNoTracking()
            .Include(m => m.Body)
            .Include(m => m.AgendaItems.OrderBy(i => i.SortOrder)).ThenInclude(i => i.Responsible.OrderBy(r => r.SortOrder))
            .Include(m => m.Participants).ThenInclude(p => p.Person)
            .AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
        {
            return NotFound();
        }
        Meeting = meeting;
        CanAdminister = await permissions.CanAdministerAsync();
        if (meeting.PreparesMeetingId is { } preparesId)
        {
            PreparatoryFor = await db.Meetings.AsNoTracking().Include(m => m.Body).SingleOrDefaultAsync(m => m.Id == preparesId);
        }
        PreparedBy = await db.Meetings.AsNoTracking().Include(m => m.Body).Where(m => m.PreparesMeetingId == id).ToListAsync();
        AttachmentCounts = await Meetings.AttachmentCounts.ForMeetingAsync(db, id);
        Notices = await db.NoticeIssues.AsNoTracking().Where(n => n.MeetingId == id).OrderByDescending(n => n.Revision).ToListAsync();
        var userId = users.GetUserId(User);
        Me = userId is null ? null : meeting.Participants.FirstOrDefault(p => p.Person?.UserId == userId);
        if (CanAdminister)
        {
            History = await audit.ForEntityAsync<Meeting>(id);
        }
        return Page();
    }
}
