using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Minutes;

/// <summary>
/// Circulated and approved minutes for the community's members to read; while circulated, anyone signed in to the
/// community may comment, on the whole or on one item. Drafts are the secretariat's alone.
/// </summary>
public sealed class ViewModel(AppDbContext db, CommunityPermissions permissions, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public IReadOnlyList<AgendaItem> Items { get; private set; } = [];

    public IReadOnlyList<MinutesComment> Comments { get; private set; } = [];

    public AttendanceSummary Attendance { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> ItemOptions { get; private set; } = [];

    public bool IsDraft => Meeting.MinutesStatus is MinutesStatus.NotStarted or MinutesStatus.Draft;

    public bool CanComment => Meeting.MinutesStatus == MinutesStatus.Circulated;

    [BindProperty]
    public CommentInput Comment { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCommentAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!CanComment)
        {
            ModelState.AddModelError(string.Empty, l["Minutes.CommentsClosed"]);
        }
        if (Comment.AgendaItemId is { } itemId && Items.All(i => i.Id != itemId))
        {
            ModelState.AddModelError($"{nameof(Comment)}.{nameof(CommentInput.AgendaItemId)}", l["Validation.ValueIsInvalid", itemId]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.MinutesComments.Add(new MinutesComment
        {
            MeetingId = id,
            AgendaItemId = Comment.AgendaItemId,
            AuthorName = User.DisplayName(),
            Text = Comment.Text!.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        TempData["Status"] = l["Minutes.CommentAdded"].Value;
        return RedirectToPage(null, null, new { community = RouteData.Values["community"], id }, "comments");
    }

    /// <summary>False when there is nothing this user may read: no such meeting, or a draft for a non-administrator.</summary>
    private async Task<bool> LoadAsync(int id)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Body).SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
        {
            return false;
        }
        Meeting = meeting;
        if (IsDraft && !await permissions.CanAdministerAsync())
        {
            return false;
        }
        Items = await db.AgendaItems.AsNoTracking()
            .Where(i => i.MeetingId == id && i.Kind != AgendaItemKind.Break)
            .OrderBy(i => i.SortOrder)
            .ToListAsync();
        Comments = await db.MinutesComments.AsNoTracking().Where(c => c.MeetingId == id).OrderBy(c => c.CreatedAtUtc).ToListAsync();
        Attendance = AttendanceSummary.From(await db.MeetingParticipants.AsNoTracking()
            .Include(p => p.Person).Include(p => p.SubstituteFor)
            .Where(p => p.MeetingId == id)
            .ToListAsync());
        ItemOptions = Items.Select(i => new SelectListItem(
            i.CaseNumber is { } number ? $"{number} {i.Title}" : i.Title,
            i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return true;
    }
}

public sealed class CommentInput
{
    [Display(Name = "Minutes.CommentItem")]
    public int? AgendaItemId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(4000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Minutes.CommentText")]
    public string? Text { get; set; }
}
