using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Agreements.Hearings;

/// <summary>Sends a draft version on hearing (secretariat): the invited partners, a deadline ahead, a message; mails the invitees.</summary>
public sealed class NewModel(AppDbContext db, HearingMailer mailer, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public HearingInput Input { get; set; } = new();

    public AgreementVersion Version { get; private set; } = null!;

    public IReadOnlyList<Partner> Partners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int versionId)
    {
        if (!await LoadAsync(versionId))
        {
            return NotFound();
        }
        Input.PartnerIds = Version.Agreement!.Parties.Select(p => p.PartnerId).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int versionId)
    {
        if (!await LoadAsync(versionId))
        {
            return NotFound();
        }
        var today = OsloTime.Today(clock);
        // The list offers only this community's partners, but a forged post could name another's.
        var chosen = Input.PartnerIds.Distinct().ToList();
        if (chosen.Any(id => Partners.All(p => p.Id != id)))
        {
            ModelState.AddModelError(Field(nameof(HearingInput.PartnerIds)), l["Agreements.Hearing.UnknownPartner"]);
        }
        // Without a deadline (already reported as required) the other rules are still checked.
        var state = await AgreementStates.LoadOneAsync(db, Version.AgreementId, today);
        foreach (var violation in AgreementRules.CheckHearing(Input.Deadline ?? today, chosen.Count, state!.Of(Version.Id), today))
        {
            ModelState.AddModelError(FieldOf(violation), l[violation.Key, violation.Arguments]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var hearing = new AgreementHearing
        {
            VersionId = Version.Id,
            SentOn = today,
            Deadline = Input.Deadline!.Value,
            Message = Input.Message.TrimToNull(),
            Invitees = chosen.Select(id => new HearingInvitee { PartnerId = id }).ToList(),
        };
        db.AgreementHearings.Add(hearing);
        await db.SaveChangesAsync();
        var community = (string)RouteData.Values["community"]!;
        var sent = await mailer.SendInvitationsAsync(hearing, Version.Agreement!, Version.Number, community);
        TempData["Status"] = l["Agreements.Hearing.Sent", sent].Value;
        return RedirectToPage("Details", new { community, id = hearing.Id });
    }

    private async Task<bool> LoadAsync(int versionId)
    {
        var version = await db.AgreementVersions.AsNoTracking()
            .Include(v => v.Agreement!).ThenInclude(a => a.Parties)
            .SingleOrDefaultAsync(v => v.Id == versionId);
        if (version is null)
        {
            return false;
        }
        Version = version;
        Partners = await db.Partners.AsNoTracking().OrderBy(p => p.Kind).ThenBy(p => p.Name).ToListAsync();
        return true;
    }

    private static string FieldOf(RuleViolation violation) => violation.Key switch
    {
        "Agreements.Rule.HearingDeadlinePast" => Field(nameof(HearingInput.Deadline)),
        "Agreements.Rule.HearingNoInvitees" => Field(nameof(HearingInput.PartnerIds)),
        _ => string.Empty,
    };

    private static string Field(string property) => $"{nameof(Input)}.{property}";
}

public sealed class HearingInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Agreements.Hearing.Deadline")]
    public DateOnly? Deadline { get; set; }

    [Display(Name = "Agreements.Hearing.Invitees")]
    public List<int> PartnerIds { get; set; } = [];

    [StringLength(4000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Agreements.Hearing.Message")]
    public string? Message { get; set; }
}
