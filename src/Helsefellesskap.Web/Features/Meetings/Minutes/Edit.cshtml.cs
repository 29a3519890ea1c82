using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Minutes;

/// <summary>
/// The secretariat writes the minutes here, item by item. Each item is saved on its own with its version, so two
/// people can write different items at once; the same item saved by two is refused for the second, who keeps her
/// text and sees the other's. The page also moves the minutes through circulation, approval and publication.
/// </summary>
public sealed class EditModel(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public IReadOnlyList<MinutesItemForm> Items { get; private set; } = [];

    public IReadOnlyList<MinutesComment> Comments { get; private set; } = [];

    /// <summary>The earlier meetings whose minutes this meeting's approval items approve, by meeting id.</summary>
    public IReadOnlyDictionary<int, Meeting> ApprovalTargets { get; private set; } = new Dictionary<int, Meeting>();

    [BindProperty]
    public MinutesItemInput Item { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>The item's Save button (works without JavaScript).</summary>
    public async Task<IActionResult> OnPostSaveAsync(int id)
    {
        var outcome = await SaveItemAsync(id);
        switch (outcome.Result)
        {
            case SaveResult.NotFound:
                return NotFound();
            case SaveResult.Saved:
                TempData["Status"] = l["Minutes.ItemSaved"].Value;
                return RedirectToPage(null, null, new { community = RouteData.Values["community"], id }, $"item-{Item.ItemId}");
        }
        await LoadAsync(id);
        // After a conflict she has seen the other text, so saving again may replace it; otherwise her version stands.
        var conflict = outcome.Result == SaveResult.Conflict;
        Items = Items.Select(form => form.Item.Id != Item.ItemId ? form : form with
        {
            Summary = Item.Summary,
            Conclusion = Item.Conclusion,
            Version = conflict ? outcome.Item!.Version : Item.Version,
            Posted = true,
            Theirs = conflict ? new TheirText(outcome.Item!.MinutesSummary, outcome.Item.Conclusion) : null,
        }).ToList();
        return Page();
    }

    /// <summary>Autosave from <c>minutes-autosave.js</c>: JSON, 409 with the other person's text on a conflict.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(int id)
    {
        var outcome = await SaveItemAsync(id);
        var item = outcome.Item;
        return outcome.Result switch
        {
            SaveResult.NotFound => NotFound(),
            SaveResult.Saved => new JsonResult(new { version = item!.Version, savedAt = clock.GetUtcNow().UtcDateTime }),
            SaveResult.Conflict => new JsonResult(new
            {
                message = l["Minutes.Conflict"].Value,
                theirSummary = item!.MinutesSummary,
                theirConclusion = item.Conclusion,
                version = item.Version,
            })
            { StatusCode = StatusCodes.Status409Conflict },
            SaveResult.Locked => new JsonResult(new { message = l["Minutes.Locked"].Value }) { StatusCode = StatusCodes.Status423Locked },
            _ => new JsonResult(new { message = FirstError() }) { StatusCode = StatusCodes.Status400BadRequest },
        };
    }

    public Task<IActionResult> OnPostCirculateAsync(int id) =>
        StepAsync(id, id, (meeting, now) => MinutesWorkflow.Circulate(meeting, now), _ => l["Minutes.CirculatedDone"]);

    public Task<IActionResult> OnPostApproveAsync(int id) =>
        StepAsync(id, id, (meeting, now) => MinutesWorkflow.ApproveByChair(meeting, now), _ => l["Minutes.ApprovedDone"]);

    public Task<IActionResult> OnPostPublishAsync(int id) =>
        StepAsync(id, id, (meeting, now) => MinutesWorkflow.Publish(meeting, now), _ => l["Minutes.PublishedDone"]);

    /// <summary>From this (later) meeting's approval item: approves the earlier meeting's circulated minutes.</summary>
    public async Task<IActionResult> OnPostApproveAtMeetingAsync(int id, int approvalItemId)
    {
        var item = await db.AgendaItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == approvalItemId && i.MeetingId == id);
        if (item?.ApprovesMinutesOfMeetingId is not { } earlierId)
        {
            return NotFound();
        }
        return await StepAsync(id, earlierId, (meeting, now) => MinutesWorkflow.ApproveAtMeeting(meeting, item, now),
            earlier => l["Minutes.ApprovedAtMeetingDone", OsloTime.Format(earlier.Date)]);
    }

    /// <summary>Applies a workflow step to <paramref name="targetId"/>'s minutes from the page of meeting <paramref name="id"/>.</summary>
    private async Task<IActionResult> StepAsync(int id, int targetId, Func<Meeting, DateTime, string?> step, Func<Meeting, LocalizedString> done)
    {
        var target = await db.Meetings.SingleOrDefaultAsync(m => m.Id == targetId);
        if (target is null)
        {
            return NotFound();
        }
        if (step(target, clock.GetUtcNow().UtcDateTime) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, l[refusal]);
        }
        else if (await db.TrySaveAsync(ModelState, l))
        {
            TempData["Status"] = done(target).Value;
            return RedirectToPage(null, null, new { community = RouteData.Values["community"], id }, null);
        }
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<SaveOutcome> SaveItemAsync(int id)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == id);
        var item = meeting is null ? null : await db.AgendaItems.SingleOrDefaultAsync(i => i.Id == Item.ItemId && i.MeetingId == id);
        if (meeting is null || item is null)
        {
            return new SaveOutcome(SaveResult.NotFound, null);
        }
        if (MinutesWorkflow.IsLocked(meeting))
        {
            ModelState.AddModelError(string.Empty, l["Minutes.Locked"]);
            return new SaveOutcome(SaveResult.Locked, item);
        }
        if (!ModelState.IsValid)
        {
            return new SaveOutcome(SaveResult.Invalid, item);
        }
        var summary = Clean(Item.Summary);
        var conclusion = Clean(Item.Conclusion);
        // The same text again (a retried autosave, two people typing alike) is no conflict.
        if (item.MinutesSummary == summary && item.Conclusion == conclusion)
        {
            await StartDraftAsync(meeting);
            return new SaveOutcome(SaveResult.Saved, item);
        }
        if (item.Version != Item.Version)
        {
            return Conflict(item);
        }
        db.ExpectVersion(item, Item.Version);
        item.MinutesSummary = summary;
        item.Conclusion = conclusion;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(item).ReloadAsync();
            return Conflict(item);
        }
        await StartDraftAsync(meeting);
        return new SaveOutcome(SaveResult.Saved, item);
    }

    private SaveOutcome Conflict(AgendaItem stored)
    {
        ModelState.AddModelError(string.Empty, l["Minutes.Conflict"]);
        return new SaveOutcome(SaveResult.Conflict, stored);
    }

    /// <summary>
    /// Saved apart from the item: two people starting on different items at once both try it, and the meeting's
    /// version check must not make either item's save fail.
    /// </summary>
    private async Task StartDraftAsync(Meeting meeting)
    {
        for (var attempt = 0; attempt < 3 && meeting.MinutesStatus == MinutesStatus.NotStarted; attempt++)
        {
            MinutesWorkflow.StartDraft(meeting);
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateConcurrencyException)
            {
                await db.Entry(meeting).ReloadAsync();
            }
        }
    }

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private string FirstError() =>
        ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).FirstOrDefault() ?? l["Validation.SummaryTitle"];

    private async Task<bool> LoadAsync(int id)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Body).SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
        {
            return false;
        }
        Meeting = meeting;
        var items = await db.AgendaItems.AsNoTracking()
            .Where(i => i.MeetingId == id && i.Kind != AgendaItemKind.Break)
            .OrderBy(i => i.SortOrder)
            .ToListAsync();
        Items = items.Select(i => new MinutesItemForm(i, i.MinutesSummary, i.Conclusion, i.Version, false, null)).ToList();
        Comments = await db.MinutesComments.AsNoTracking().Where(c => c.MeetingId == id).OrderBy(c => c.CreatedAtUtc).ToListAsync();
        var targetIds = items.Where(i => i.Kind == AgendaItemKind.ApproveMinutes).Select(i => i.ApprovesMinutesOfMeetingId).OfType<int>().ToList();
        ApprovalTargets = await db.Meetings.AsNoTracking().Include(m => m.Body).Where(m => targetIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id);
        return true;
    }

    private enum SaveResult
    {
        NotFound,
        Saved,
        Conflict,
        Locked,
        Invalid,
    }

    private sealed record SaveOutcome(SaveResult Result, AgendaItem? Item);
}

/// <summary>One item's minutes form: the text to show (stored, or what the user typed), and on a conflict the other's text.</summary>
public sealed record MinutesItemForm(AgendaItem Item, string? Summary, string? Conclusion, int Version, bool Posted, TheirText? Theirs);

/// <summary>What someone else saved for the item while the user was writing.</summary>
public sealed record TheirText(string? Summary, string? Conclusion);

public sealed class MinutesItemInput
{
    public int ItemId { get; set; }

    public int Version { get; set; }

    [StringLength(20000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "AgendaItem.MinutesSummary")]
    public string? Summary { get; set; }

    [StringLength(8000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "AgendaItem.Conclusion")]
    public string? Conclusion { get; set; }
}
