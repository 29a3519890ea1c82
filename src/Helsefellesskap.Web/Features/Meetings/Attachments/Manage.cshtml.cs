using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Files;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Helsefellesskap.Web.Features.Meetings.Attachments;

/// <summary>The secretariat's page for an agenda item's attachments: upload, rename, reorder and delete.</summary>
[TypeFilter<UploadLimitFilter>(Order = UploadLimitFilter.Order)]
public sealed class ManageModel(
    AppDbContext db,
    AttachmentUploader uploader,
    IBlobStore blobs,
    IOptions<FileStorageOptions> files,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public const string Up = "opp";

    public const string Down = "ned";

    public AgendaItem Item { get; private set; } = null!;

    public IReadOnlyList<AttachmentRow> Attachments { get; private set; } = [];

    public UploadInput Upload { get; set; } = new();

    public long MaxUploadBytes => files.Value.MaxUploadBytes;

    /// <summary>The attachment whose new title was refused, and the title typed, to show again.</summary>
    public (int Id, string? Title)? Renaming { get; private set; }

    /// <summary>The model-state key of an attachment's title field; also its element id.</summary>
    public static string TitleField(int attachmentId) => $"title-{attachmentId}";

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUploadAsync(int id)
    {
        var item = await db.AgendaItems.SingleOrDefaultAsync(i => i.Id == id);
        if (item is null)
        {
            return NotFound();
        }
        if (await TryUpdateModelAsync(Upload, nameof(Upload)))
        {
            var result = await uploader.UploadAsync(item, Upload.Title, Upload.File!, HttpContext.RequestAborted);
            if (result.Attachment is { } attachment)
            {
                TempData["Status"] = l["Attachments.UploadedStatus", attachment.Title].Value;
                return BackToList(attachment.Id);
            }
            ModelState.AddModelError($"{nameof(Upload)}.{nameof(UploadInput.File)}", result.Error!);
        }
        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, int attachmentId, string? title, int version)
    {
        var attachment = await db.Attachments.SingleOrDefaultAsync(a => a.Id == attachmentId && a.AgendaItemId == id);
        if (attachment is null)
        {
            return NotFound();
        }
        title = title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            ModelState.AddModelError(TitleField(attachmentId), l["Validation.Required", l["Attachment.Title"]]);
        }
        else if (title.Length > AttachmentUploader.MaxTitleLength)
        {
            ModelState.AddModelError(TitleField(attachmentId), l["Validation.MaxLength", l["Attachment.Title"], AttachmentUploader.MaxTitleLength]);
        }
        else
        {
            db.ExpectVersion(attachment, version);
            attachment.Title = title;
            if (await db.TrySaveAsync(ModelState, l))
            {
                TempData["Status"] = l["Attachments.RenamedStatus", title].Value;
                return BackToList(attachmentId);
            }
        }
        Renaming = (attachmentId, title);
        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, int attachmentId, string? direction)
    {
        var attachments = await db.Attachments.Where(a => a.AgendaItemId == id).OrderBy(a => a.SortOrder).ThenBy(a => a.Id).ToListAsync();
        var index = attachments.FindIndex(a => a.Id == attachmentId);
        if (index < 0)
        {
            return NotFound();
        }
        var target = direction == Up ? index - 1 : index + 1;
        if (target >= 0 && target < attachments.Count)
        {
            (attachments[index], attachments[target]) = (attachments[target], attachments[index]);
            for (var position = 0; position < attachments.Count; position++)
            {
                attachments[position].SortOrder = position + 1;
            }
            await db.SaveChangesAsync();
        }
        return BackToList(attachmentId);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int attachmentId)
    {
        var attachment = await db.Attachments.SingleOrDefaultAsync(a => a.Id == attachmentId && a.AgendaItemId == id);
        if (attachment is null)
        {
            return NotFound();
        }
        db.Attachments.Remove(attachment);
        await db.SaveChangesAsync();
        // Only once the record is gone: a failed save must not leave a record without its file.
        await blobs.DeleteAsync(attachment.BlobKey);
        TempData["Status"] = l["Attachments.DeletedStatus", attachment.Title].Value;
        return RedirectToPage(new { community = RouteData.Values["community"], id });
    }

    private RedirectToPageResult BackToList(int attachmentId) =>
        RedirectToPage(null, null, new { community = RouteData.Values["community"], id = RouteData.Values["id"] }, $"vedlegg-{attachmentId}");

    private async Task<bool> LoadAsync(int id)
    {
        var item = await db.AgendaItems.AsNoTracking()
            .Include(i => i.Meeting!).ThenInclude(m => m.Body)
            .SingleOrDefaultAsync(i => i.Id == id);
        if (item is null)
        {
            return false;
        }
        Item = item;
        Attachments = await db.Attachments.AsNoTracking()
            .Where(a => a.AgendaItemId == id)
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Id)
            .Select(a => new AttachmentRow(a.Id, a.Title, a.FileName, a.Kind, a.SizeBytes, a.Sha256, a.PageCount, a.UploadedAtUtc, a.Version))
            .ToListAsync();
        return true;
    }
}

public sealed record AttachmentRow(
    int Id, string Title, string FileName, AttachmentKind Kind, long SizeBytes, string Sha256, int? PageCount, DateTime UploadedAtUtc, int Version)
{
    public DateOnly UploadedOn => DateOnly.FromDateTime(OsloTime.ToOslo(UploadedAtUtc));
}

public sealed class UploadInput
{
    [Required(ErrorMessage = "Attachments.FileRequired")]
    [Display(Name = "Attachments.File")]
    public IFormFile? File { get; set; }

    [StringLength(AttachmentUploader.MaxTitleLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Attachment.Title")]
    public string? Title { get; set; }
}
