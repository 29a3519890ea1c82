using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Agenda;

/// <summary>
/// Builds a meeting's agenda: add, reorder (buttons, or drag and drop with script), withdraw, postpone and
/// delete items; standard items; items suggested by follow-up tasks. Numbers follow the order until the notice is issued.
/// </summary>
public sealed class BuilderModel(AppDbContext db, AgendaEditor editor, IStringLocalizer<SharedResource> l) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public IReadOnlyList<FollowUps.FollowUpTask> Suggestions { get; private set; } = [];

    public IReadOnlyDictionary<int, int> AttachmentCounts { get; private set; } = new Dictionary<int, int>();

    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "AgendaItem.Title")]
    public string? NewTitle { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(int id)
    {
        var meeting = await editor.LoadAsync(id);
        if (meeting is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(id);
            return Page();
        }
        var item = editor.AddItem(meeting, NewTitle!.Trim());
        await editor.RenumberAsync(meeting);
        if (!await db.TrySaveAsync(ModelState, l))
        {
            await LoadAsync(id);
            return Page();
        }
        TempData["Status"] = l["Agenda.ItemAdded", item.CaseNumber ?? item.Title].Value;
        return RedirectToPage("EditItem", new { community = RouteData.Values["community"], id = item.Id });
    }

    public Task<IActionResult> OnPostStandardAsync(int id) =>
        ChangeAsync(id, meeting => editor.AddStandardItemsAsync(meeting), "Agenda.StandardAdded");

    public Task<IActionResult> OnPostBreakAsync(int id) =>
        ChangeAsync(id, async meeting =>
        {
            editor.AddBreak(meeting);
            await editor.RenumberAsync(meeting);
        }, "Agenda.BreakAdded");

    public Task<IActionResult> OnPostMoveAsync(int id, int itemId, int offset) =>
        ChangeAsync(id, meeting => editor.MoveAsync(meeting, itemId, Math.Sign(offset)), "Agenda.Moved");

    public Task<IActionResult> OnPostReorderAsync(int id, string? order) =>
        ChangeAsync(id, meeting => editor.ReorderAsync(meeting, ParseIds(order)), "Agenda.Moved");

    public Task<IActionResult> OnPostWithdrawAsync(int id, int itemId) =>
        ChangeItemAsync(id, itemId, (_, item) =>
        {
            editor.Withdraw(item);
            return Task.FromResult(true);
        }, "Agenda.Withdrawn");

    public Task<IActionResult> OnPostReinstateAsync(int id, int itemId) =>
        ChangeItemAsync(id, itemId, (_, item) =>
        {
            editor.Reinstate(item);
            return Task.FromResult(true);
        }, "Agenda.Reinstated");

    public Task<IActionResult> OnPostPostponeAsync(int id, int itemId) =>
        ChangeItemAsync(id, itemId, async (meeting, item) => await editor.PostponeAsync(meeting, item) is not null, "Agenda.Postponed", "Agenda.NoNextMeeting");

    public Task<IActionResult> OnPostDeleteAsync(int id, int itemId) =>
        ChangeItemAsync(id, itemId, editor.DeleteAsync, "Agenda.Deleted", "Agenda.CannotDeleteIssued");

    public async Task<IActionResult> OnPostFromTaskAsync(int id, int taskId)
    {
        var task = await db.FollowUpTasks.SingleOrDefaultAsync(t => t.Id == taskId);
        if (task is null)
        {
            return NotFound();
        }
        return await ChangeAsync(id, meeting => editor.AddFromTaskAsync(meeting, task), "Agenda.ItemAdded");
    }

    private async Task<IActionResult> ChangeItemAsync(int id, int itemId, Func<Meeting, AgendaItem, Task<bool>> change, string done, string? refused = null)
    {
        var meeting = await editor.LoadAsync(id);
        var item = meeting?.AgendaItems.SingleOrDefault(i => i.Id == itemId);
        if (meeting is null || item is null)
        {
            return NotFound();
        }
        if (!await change(meeting, item))
        {
            TempData["Status"] = l[refused!].Value;
            return RedirectToPage(new { community = RouteData.Values["community"], id });
        }
        return await SaveAsync(id, l[done, item.CaseNumber ?? item.Title]);
    }

    private async Task<IActionResult> ChangeAsync(int id, Func<Meeting, Task> change, string done)
    {
        var meeting = await editor.LoadAsync(id);
        if (meeting is null)
        {
            return NotFound();
        }
        ModelState.Clear();
        await change(meeting);
        return await SaveAsync(id, l[done, ""]);
    }

    private async Task<IActionResult> SaveAsync(int id, string status)
    {
        ModelState.Clear();
        if (!await db.TrySaveAsync(ModelState, l))
        {
            await LoadAsync(id);
            return Page();
        }
        TempData["Status"] = status;
        return RedirectToPage(new { community = RouteData.Values["community"], id });
    }

    private static List<int> ParseIds(string? order) =>
        (order ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.TryParse(s, out var n) ? n : 0).Where(n => n > 0).ToList();

    private async Task<bool> LoadAsync(int id)
    {
        db.ChangeTracker.Clear();
        var meeting = await db.Meetings.AsNoTracking()
            .Include(m => m.Body)
            .Include(m => m.AgendaItems.OrderBy(i => i.SortOrder)).ThenInclude(i => i.Responsible)
            .AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
        {
            return false;
        }
        Meeting = meeting;
        AttachmentCounts = await Meetings.AttachmentCounts.ForMeetingAsync(db, id);
        Suggestions = await FollowUps.FollowUpSuggestions.ForMeetingAsync(db, id);
        return true;
    }
}
