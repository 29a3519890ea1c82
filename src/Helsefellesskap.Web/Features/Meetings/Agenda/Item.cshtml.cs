using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Agenda;

/// <summary>
/// One agenda item with its papers and, once shared, its minutes. The secretariat can take the matter up
/// again in a later meeting of this or another body.
/// </summary>
public sealed class ItemModel(AppDbContext db, AgendaEditor editor, CommunityPermissions permissions, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public AgendaItem Item { get; private set; } = null!;

    public bool CanAdminister { get; private set; }

    public bool MinutesVisible => CanAdminister || Item.Meeting!.MinutesStatus is MinutesStatus.Circulated or MinutesStatus.Approved;

    public IReadOnlyList<SelectListItem> LaterMeetings { get; private set; } = [];

    public FollowUps.ConclusionTasks ConclusionTasks { get; private set; } = null!;

    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Agenda.TargetMeeting")]
    public int? TargetMeetingId { get; set; }

    [BindProperty]
    [Display(Name = "Agenda.ContinueAs")]
    public ItemOrigin ContinueAs { get; set; } = ItemOrigin.FollowUp;

    public static readonly IReadOnlyList<ItemOrigin> ContinueOptions = [ItemOrigin.FollowUp, ItemOrigin.SentFrom, ItemOrigin.ReturnedFrom];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostContinueAsync(int id)
    {
        if (!await permissions.CanAdministerAsync())
        {
            return Forbid();
        }
        var source = await db.AgendaItems.Include(i => i.Meeting!.Body).SingleOrDefaultAsync(i => i.Id == id);
        if (source is null)
        {
            return NotFound();
        }
        var target = TargetMeetingId is { } targetId
            ? await db.Meetings.Include(m => m.Body).Include(m => m.AgendaItems).SingleOrDefaultAsync(m => m.Id == targetId)
            : null;
        if (target is not null && (target.Id == source.MeetingId || target.Date < source.Meeting!.Date))
        {
            ModelState.AddModelError(nameof(TargetMeetingId), l["Validation.TargetMeetingNotLater"]);
        }
        else if (target is null && TargetMeetingId is not null)
        {
            ModelState.AddModelError(nameof(TargetMeetingId), l["Validation.ValueIsInvalid", TargetMeetingId]);
        }
        if (!ContinueOptions.Contains(ContinueAs))
        {
            ModelState.AddModelError(nameof(ContinueAs), l["Validation.ValueIsInvalid", ContinueAs]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(id);
            return Page();
        }
        var item = await editor.ContinueInAsync(source, target!, ContinueAs);
        if (!await db.TrySaveAsync(ModelState, l))
        {
            await LoadAsync(id);
            return Page();
        }
        TempData["Status"] = l["Agenda.Continued", target!.Body!.ShortName, OsloTime.Format(target.Date), item.CaseNumber ?? ""].Value;
        return RedirectToPage("Item", new { community = RouteData.Values["community"], id = item.Id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var item = await db.AgendaItems.AsNoTracking()
            .Include(i => i.Meeting!.Body)
            .Include(i => i.Responsible.OrderBy(r => r.SortOrder))
            .Include(i => i.Attachments.OrderBy(a => a.SortOrder))
            .Include(i => i.CasePaper)
            .Include(i => i.PreviousItem!.Meeting!.Body)
            .Include(i => i.Matter)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == id);
        if (item is null)
        {
            return false;
        }
        Item = item;
        CanAdminister = await permissions.CanAdministerAsync();
        ConclusionTasks = await FollowUps.ConclusionTasks.LoadAsync(db, id);
        if (CanAdminister)
        {
            var today = OsloTime.Today(clock);
            var from = item.Meeting!.Date > today ? item.Meeting.Date : today;
            LaterMeetings = await db.Meetings.AsNoTracking()
                .Where(m => m.Id != item.MeetingId && m.Date >= from && m.Status != MeetingStatus.Cancelled)
                .OrderBy(m => m.Date).ThenBy(m => m.Body!.ShortName)
                .Select(m => new SelectListItem(m.Body!.ShortName + " " + m.Date.ToString(OsloTime.DateFormat), m.Id.ToString()))
                .Take(100)
                .ToListAsync();
        }
        return true;
    }
}
