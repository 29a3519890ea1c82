using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Files;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Notice;

/// <summary>Reviews and issues a meeting's notice; a second issue is a revised notice and must say what changed.</summary>
public sealed class IssueModel(AppDbContext db, NoticeIssuer issuer, IBlobStore blobs, IStringLocalizer<SharedResource> l) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public IReadOnlyList<NoticeIssue> Issues { get; private set; } = [];

    public IReadOnlyDictionary<int, int> AttachmentCounts { get; private set; } = new Dictionary<int, int>();

    [BindProperty]
    [StringLength(2000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Notice.ChangeNote")]
    public string? ChangeNote { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (Meeting.NoticeIssued && string.IsNullOrWhiteSpace(ChangeNote))
        {
            ModelState.AddModelError(nameof(ChangeNote), l["Validation.ChangeNoteRequired"]);
        }
        if (Meeting.Status == MeetingStatus.Cancelled)
        {
            ModelState.AddModelError(string.Empty, l["Validation.MeetingCancelled"]);
        }
        if (Meeting.AgendaItems.Count == 0)
        {
            ModelState.AddModelError(string.Empty, l["Validation.AgendaEmpty"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ChangeTracker.Clear();
        var issue = await issuer.IssueAsync(id, ChangeNote);
        TempData["Status"] = l["Notice.Issued", issue!.RecipientCount].Value;
        return RedirectToPage("/Meetings/Details", new { community = RouteData.Values["community"], id });
    }

    /// <summary>A document exactly as it was sent with one of the notices.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(int id, int revision, string kind)
    {
        var issue = await db.NoticeIssues.AsNoTracking().SingleOrDefaultAsync(n => n.MeetingId == id && n.Revision == revision);
        var (key, contentType, extension) = kind switch
        {
            "pdf" => (issue?.NoticePdfKey, "application/pdf", "pdf"),
            "docx" => (issue?.NoticeDocxKey, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            "motebok" => (issue?.MeetingBookKey, "application/pdf", "pdf"),
            _ => (null, "", ""),
        };
        if (key is null || await blobs.OpenReadAsync(key) is not { } stream)
        {
            return NotFound();
        }
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(stream, contentType, $"{(kind == "motebok" ? "motebok" : "innkalling")}-{id}-v{revision}.{extension}");
    }

    private async Task<bool> LoadAsync(int id)
    {
        var meeting = await db.Meetings.AsNoTracking()
            .Include(m => m.Body)
            .Include(m => m.AgendaItems.OrderBy(i => i.SortOrder)).ThenInclude(i => i.Responsible)
            .Include(m => m.Participants)
            .AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
        {
            return false;
        }
        Meeting = meeting;
        AttachmentCounts = await Meetings.AttachmentCounts.ForMeetingAsync(db, id);
        Issues = await db.NoticeIssues.AsNoTracking().Where(n => n.MeetingId == id).OrderByDescending(n => n.Revision).ToListAsync();
        return true;
    }
}
