using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Agreements.Hearings;

/// <summary>
/// A hearing: its facts, who answered, and every comment side by side by chapter (secretariat and owner body). The
/// secretariat marks how each comment was handled and closes the hearing. Those who only comment for an invited
/// partner see the facts and their own partners' comments; anyone else gets 404.
/// </summary>
public sealed class DetailsModel(AppDbContext db, AgreementAccess access, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public HearingFacts Facts { get; private set; } = null!;

    public AgreementViewer Viewer { get; private set; } = null!;

    /// <summary>All comments (secretariat, owner body) or only those of the viewer's own partners.</summary>
    public bool SeesAll { get; private set; }

    public bool MayComment => Facts.Invitees.Any(i => Viewer.MayCommentFor(i.PartnerId));

    public IReadOnlyList<ChapterComments> Chapters { get; private set; } = [];

    public IReadOnlySet<int> Answered { get; private set; } = new HashSet<int>();

    /// <summary>The handling form posted and refused, shown again as typed.</summary>
    [BindProperty]
    public HandlingInput? Handling { get; set; }

    [BindProperty]
    public int HearingVersion { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostHandleAsync(int id)
    {
        if (!await LoadAsync(id) || !Viewer.IsSecretariat || Handling is null)
        {
            return NotFound();
        }
        var comment = await db.HearingComments.SingleOrDefaultAsync(c => c.Id == Handling.CommentId && c.HearingId == id);
        if (comment is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ExpectVersion(comment, Handling.Version);
        comment.Handling = Handling.Handling;
        comment.HandlingNote = Handling.Note.TrimToNull();
        if (!await db.TrySaveAsync(ModelState, l))
        {
            Handling.Version = comment.Version;
            return Page();
        }
        TempData["Status"] = l["Agreements.Hearing.HandlingSaved"].Value;
        return RedirectToPage(new { community = RouteData.Values["community"], id });
    }

    public async Task<IActionResult> OnPostCloseAsync(int id)
    {
        if (!await LoadAsync(id) || !Viewer.IsSecretariat)
        {
            return NotFound();
        }
        var hearing = await db.AgreementHearings.SingleAsync(h => h.Id == id);
        if (hearing.ClosedAtUtc is null)
        {
            db.ExpectVersion(hearing, HearingVersion);
            hearing.ClosedAtUtc = clock.GetUtcNow().UtcDateTime;
            if (!await db.TrySaveAsync(ModelState, l))
            {
                return Page();
            }
        }
        TempData["Status"] = l["Agreements.Hearing.ClosedStatus"].Value;
        return RedirectToPage(new { community = RouteData.Values["community"], id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var facts = await HearingFacts.LoadAsync(db, id, OsloTime.Today(clock));
        if (facts is null)
        {
            return false;
        }
        var viewer = await access.CurrentAsync();
        SeesAll = viewer.SeesWorkOf(facts.Agreement);
        var own = facts.Invitees.Where(i => viewer.PartnerIds.Contains(i.PartnerId)).Select(i => i.PartnerId).ToHashSet();
        if (!SeesAll && own.Count == 0)
        {
            return false;
        }
        (Facts, Viewer) = (facts, viewer);
        var comments = await db.HearingComments.AsNoTracking()
            .Where(c => c.HearingId == id)
            .Include(c => c.Partner)
            .OrderBy(c => c.SubmittedAtUtc).ThenBy(c => c.Id)
            .ToListAsync();
        Answered = comments.Select(c => c.PartnerId).ToHashSet();
        Chapters = ChapterComments.Group(SeesAll ? comments : comments.Where(c => own.Contains(c.PartnerId)).ToList(), facts.Chapters);
        return true;
    }
}

/// <summary>The comments on one chapter (null: general), one column per partner that commented on it.</summary>
public sealed record ChapterComments(string? Chapter, IReadOnlyList<PartnerComments> Partners)
{
    /// <summary>General comments first, then the chapters in the text's order, then chapters the text no longer has.</summary>
    public static IReadOnlyList<ChapterComments> Group(IReadOnlyList<HearingComment> comments, IReadOnlyList<string> chapters)
    {
        var order = new List<string?> { null };
        order.AddRange(chapters);
        order.AddRange(comments.Select(c => c.Chapter).OfType<string>().Where(c => !chapters.Contains(c)).Distinct());
        return order
            .Select(chapter => new ChapterComments(chapter, comments
                .Where(c => c.Chapter == chapter)
                .GroupBy(c => c.PartnerId)
                .Select(g => new PartnerComments(g.First().Partner!.Name, g.ToList()))
                .OrderBy(p => p.Partner, StringComparer.CurrentCulture)
                .ToList()))
            .Where(c => c.Partners.Count > 0)
            .ToList();
    }
}

public sealed record PartnerComments(string Partner, IReadOnlyList<HearingComment> Comments);

public sealed class HandlingInput
{
    public int CommentId { get; set; }

    [Display(Name = "Agreements.Hearing.Handling")]
    public CommentHandling Handling { get; set; }

    [StringLength(2000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Agreements.Hearing.HandlingNote")]
    public string? Note { get; set; }

    public int Version { get; set; }
}
