using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Agreements.Hearings;

/// <summary>
/// Gives a comment on a hearing, on one chapter or general, for an invited partner the user represents (the
/// secretariat registers comments received by mail for any invitee). Refused after the deadline or once closed.
/// </summary>
public sealed class CommentModel(AppDbContext db, AgreementAccess access, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public CommentInput Input { get; set; } = new();

    public HearingFacts Facts { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> PartnerOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ChapterOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input.PartnerId = PartnerOptions.Count == 1 ? int.Parse(PartnerOptions[0].Value) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!Facts.IsOpen)
        {
            ModelState.AddModelError(string.Empty, Facts.Hearing.ClosedAtUtc is null
                ? l["Agreements.Comment.DeadlinePassed", OsloTime.Format(Facts.Hearing.Deadline)]
                : l["Agreements.Comment.HearingClosed"]);
        }
        if (Input.PartnerId is { } partnerId)
        {
            if (!Facts.IsInvited(partnerId))
            {
                ModelState.AddModelError(Field(nameof(CommentInput.PartnerId)), l["Agreements.Comment.PartnerNotInvited"]);
            }
            else if (!(await access.CurrentAsync()).MayCommentFor(partnerId))
            {
                ModelState.AddModelError(Field(nameof(CommentInput.PartnerId)), l["Agreements.Comment.PartnerNotRepresented"]);
            }
        }
        var chapter = Input.Chapter.TrimToNull();
        if (chapter is not null && !Facts.Chapters.Contains(chapter))
        {
            ModelState.AddModelError(Field(nameof(CommentInput.Chapter)), l["Agreements.Comment.UnknownChapter"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.HearingComments.Add(new HearingComment
        {
            HearingId = id,
            PartnerId = Input.PartnerId!.Value,
            Chapter = chapter,
            Text = Input.Text!.Trim(),
            AuthorUserId = User.FindFirstValue(ClaimTypes.NameIdentifier),
            AuthorName = User.DisplayName(),
            SubmittedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        TempData["Status"] = l["Agreements.Comment.Saved"].Value;
        return RedirectToPage("Details", new { community = RouteData.Values["community"], id });
    }

    /// <summary>False (404) when the hearing is not found or the user may comment for none of its invitees.</summary>
    private async Task<bool> LoadAsync(int id)
    {
        var facts = await HearingFacts.LoadAsync(db, id, OsloTime.Today(clock));
        if (facts is null)
        {
            return false;
        }
        var viewer = await access.CurrentAsync();
        var partners = facts.Invitees.Where(i => viewer.MayCommentFor(i.PartnerId)).ToList();
        if (partners.Count == 0)
        {
            return false;
        }
        Facts = facts;
        PartnerOptions = partners.Select(p => new SelectListItem(p.Name, p.PartnerId.ToString())).ToList();
        ChapterOptions = facts.Chapters.Select(c => new SelectListItem(c, c)).Prepend(new SelectListItem(l["Agreements.Hearing.GeneralComment"], "")).ToList();
        return true;
    }

    private static string Field(string property) => $"{nameof(Input)}.{property}";
}

public sealed class CommentInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Agreements.Comment.Partner")]
    public int? PartnerId { get; set; }

    [Display(Name = "Agreements.Comment.Chapter")]
    public string? Chapter { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(8000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Agreements.Comment.Text")]
    public string? Text { get; set; }
}
