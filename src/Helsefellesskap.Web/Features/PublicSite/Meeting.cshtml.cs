using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Meetings.Publishing;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.PublicSite;

/// <summary>
/// A meeting as the public sees it: the notice's facts, and once published the agenda with its papers and the
/// approved minutes. What is shown is decided by <see cref="MeetingPublicity"/> alone, whoever asks.
/// </summary>
[OutputCache(PolicyName = PublicCachePolicy.Name)]
public sealed class MeetingModel(AppDbContext db, CommunityPermissions permissions) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public bool AgendaIsPublic { get; private set; }

    public bool MinutesArePublic { get; private set; }

    public IReadOnlyList<PublicAgendaItem> Items { get; private set; } = [];

    /// <summary>Whether the visitor has a role in the community, and so may open the internal meeting page.</summary>
    public bool CanReadInternal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Body).SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
        {
            return NotFound();
        }
        Meeting = meeting;
        AgendaIsPublic = MeetingPublicity.AgendaIsPublic(meeting);
        MinutesArePublic = MeetingPublicity.MinutesArePublic(meeting);
        var items = await db.AgendaItems.AsNoTracking()
            .Where(i => i.MeetingId == id)
            .Where(MeetingPublicity.PublicItems)
            .Include(i => i.Responsible)
            .Include(i => i.CasePaper)
            .Include(i => i.Attachments)
            .AsSplitQuery()
            .OrderBy(i => i.SortOrder)
            .ToListAsync();
        Items = [.. items.Select(item => PublicAgendaItem.From(meeting, item))];
        CanReadInternal = await permissions.CanReadAsync();
        return Page();
    }
}

/// <summary>
/// An agenda item as published: a restricted item keeps only its number, title, state and legal ground, so
/// the page cannot show more of it than <see cref="MeetingPublicity"/> allows.
/// </summary>
public sealed record PublicAgendaItem(
    int Id, AgendaItemKind Kind, string? CaseNumber, string Title, AgendaItemState State, string? RestrictionGround,
    PublicItemContent? Content, PublicItemMinutes? Minutes)
{
    public bool IsRestricted => Content is null;

    public static PublicAgendaItem From(Meeting meeting, AgendaItem item)
    {
        var contentIsPublic = MeetingPublicity.ItemContentIsPublic(meeting, item);
        var content = contentIsPublic
            ? new PublicItemContent(
                item.Types, [.. item.Responsible.OrderBy(r => r.SortOrder).Select(r => r.Name)], item.Description, item.ProposedConclusion,
                item.CasePaper, [.. item.Attachments.OrderBy(a => a.SortOrder).ThenBy(a => a.Id)])
            : null;
        var minutes = contentIsPublic && MeetingPublicity.MinutesArePublic(meeting) && item.Kind != AgendaItemKind.Break
            ? new PublicItemMinutes(item.MinutesSummary, item.ConclusionPoints)
            : null;
        return new PublicAgendaItem(item.Id, item.Kind, item.CaseNumber, item.Title, item.State,
            item.IsRestricted ? item.RestrictionGround : null, content, minutes);
    }
}

public sealed record PublicItemContent(
    AgendaItemTypes Types, IReadOnlyList<string> Responsible, string? Description, string? ProposedConclusion,
    CasePaper? CasePaper, IReadOnlyList<Attachment> Attachments);

public sealed record PublicItemMinutes(string? Summary, IReadOnlyList<string> ConclusionPoints);
