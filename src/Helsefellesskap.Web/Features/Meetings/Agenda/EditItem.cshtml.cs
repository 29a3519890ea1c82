using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Agenda;

/// <summary>Writes an agenda item: title, types, responsible people, description, proposed conclusion, restriction.</summary>
public sealed class EditItemModel(AppDbContext db, AgendaEditor editor, AuditView audit, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public AgendaItemInput Input { get; set; } = new();

    /// <summary>The meeting a new item goes into.</summary>
    [BindProperty(SupportsGet = true, Name = "mote")]
    [Display(Name = "AgendaItem.MeetingId")]
    public int? MeetingId { get; set; }

    public int? Id { get; private set; }

    /// <summary>Null for a new item whose meeting is still to be chosen from <see cref="MeetingOptions"/>.</summary>
    public Meeting? Meeting { get; private set; }

    public IReadOnlyList<SelectListItem> MeetingOptions { get; private set; } = [];

    public AgendaItem? Item { get; private set; }

    public IReadOnlyList<SelectListItem> PeopleOptions { get; private set; } = [];

    public IReadOnlyList<AuditRow> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        Id = id;
        if (id is { } itemId)
        {
            var item = await db.AgendaItems.AsNoTracking().Include(i => i.Responsible).SingleOrDefaultAsync(i => i.Id == itemId);
            if (item is null)
            {
                return NotFound();
            }
            Input = AgendaItemInput.FromEntity(item);
            MeetingId = item.MeetingId;
        }
        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        Id = id;
        AgendaItem? item = null;
        Meeting? meeting;
        if (id is { } itemId)
        {
            item = await db.AgendaItems.Include(i => i.Responsible).SingleOrDefaultAsync(i => i.Id == itemId);
            if (item is null)
            {
                return NotFound();
            }
            MeetingId = item.MeetingId;
            meeting = await db.Meetings.SingleAsync(m => m.Id == item.MeetingId);
        }
        else
        {
            meeting = MeetingId is { } meetingId ? await editor.LoadAsync(meetingId) : null;
            if (meeting is null && MeetingId is not null)
            {
                return NotFound();
            }
            if (meeting is null)
            {
                ModelState.AddModelError(nameof(MeetingId), l["Validation.Required", l["AgendaItem.MeetingId"]]);
            }
        }
        if (Input.IsRestricted && string.IsNullOrWhiteSpace(Input.RestrictionGround))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(AgendaItemInput.RestrictionGround)}", l["Validation.RestrictionGroundRequired"]);
        }
        var knownPeople = await db.People.Where(p => Input.ResponsiblePersonIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name);
        if (knownPeople.Count != Input.ResponsiblePersonIds.Distinct().Count())
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(AgendaItemInput.ResponsiblePersonIds)}", l["Validation.ValueIsInvalid", string.Join(",", Input.ResponsiblePersonIds)]);
        }
        if (ModelState.IsValid)
        {
            if (item is null)
            {
                item = editor.AddItem(meeting!, Input.Title!.Trim());
            }
            else
            {
                db.ExpectVersion(item, Input.Version);
            }
            var renumber = item.Numbered != Input.Numbered;
            Input.ApplyTo(item, knownPeople, db);
            if (renumber || item.Id == 0)
            {
                await editor.RenumberAsync(meeting!);
            }
            if (await db.TrySaveAsync(ModelState, l))
            {
                TempData["Status"] = l["Common.Saved"].Value;
                return RedirectToPage("Item", new { community = RouteData.Values["community"], id = item.Id });
            }
            Input.Version = item.Version;
        }
        await LoadAsync();
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (MeetingId is not { } meetingId)
        {
            MeetingOptions = await db.Meetings.AsNoTracking()
                .Where(m => m.Date >= OsloTime.Today(clock) && m.Status != MeetingStatus.Cancelled)
                .OrderBy(m => m.Date).ThenBy(m => m.Body!.ShortName)
                .Select(m => new SelectListItem(m.Body!.ShortName + " " + m.Date.ToString(OsloTime.DateFormat), m.Id.ToString()))
                .ToListAsync();
            return true;
        }
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Body).SingleOrDefaultAsync(m => m.Id == meetingId);
        if (meeting is null)
        {
            return false;
        }
        Meeting = meeting;
        if (Id is { } id)
        {
            Item = await db.AgendaItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
            History = await audit.ForEntityAsync<AgendaItem>(id);
        }
        await LoadPeopleAsync(meeting);
        return true;
    }

    private async Task LoadPeopleAsync(Meeting meeting)
    {
        var members = await db.Memberships.AsNoTracking()
            .Where(m => m.BodyId == meeting.BodyId && m.From <= meeting.Date && (m.To == null || m.To >= meeting.Date))
            .Select(m => m.PersonId).ToListAsync();
        var people = await db.People.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.Employer }).ToListAsync();
        var membersGroup = new SelectListGroup { Name = l["Agenda.BodyMembers", meeting.Body!.ShortName] };
        var othersGroup = new SelectListGroup { Name = l["Agenda.OtherPeople"] };
        PeopleOptions = people
            .OrderBy(p => members.Contains(p.Id) ? 0 : 1).ThenBy(p => p.Name)
            .Select(p => new SelectListItem(p.Employer is null ? p.Name : $"{p.Name} ({p.Employer})", p.Id.ToString(), Input.ResponsiblePersonIds.Contains(p.Id))
            {
                Group = members.Contains(p.Id) ? membersGroup : othersGroup,
            })
            .ToList();
    }
}

public sealed class AgendaItemInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "AgendaItem.Title")]
    public string? Title { get; set; }

    [Display(Name = "AgendaItem.Types")]
    public List<AgendaItemTypes> Types { get; set; } = [];

    [Display(Name = "Agenda.ResponsiblePeople")]
    public List<int> ResponsiblePersonIds { get; set; } = [];

    /// <summary>Presenters who are not in the register, one per line or separated by commas.</summary>
    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Agenda.OtherResponsible")]
    public string? OtherResponsible { get; set; }

    [StringLength(20000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "AgendaItem.Description")]
    public string? Description { get; set; }

    [StringLength(4000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "AgendaItem.ProposedConclusion")]
    public string? ProposedConclusion { get; set; }

    [Display(Name = "AgendaItem.IsRestricted")]
    public bool IsRestricted { get; set; }

    [StringLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "AgendaItem.RestrictionGround")]
    public string? RestrictionGround { get; set; }

    [Display(Name = "AgendaItem.Numbered")]
    public bool Numbered { get; set; } = true;

    public int Version { get; set; }

    public static AgendaItemInput FromEntity(AgendaItem item) => new()
    {
        Title = item.Title,
        Types = AgendaTypes.All.Where(t => item.Types.HasFlag(t)).ToList(),
        ResponsiblePersonIds = item.Responsible.Where(r => r.PersonId is not null).OrderBy(r => r.SortOrder).Select(r => r.PersonId!.Value).ToList(),
        OtherResponsible = string.Join(", ", item.Responsible.Where(r => r.PersonId is null).OrderBy(r => r.SortOrder).Select(r => r.Name)),
        Description = item.Description,
        ProposedConclusion = item.ProposedConclusion,
        IsRestricted = item.IsRestricted,
        RestrictionGround = item.RestrictionGround,
        Numbered = item.Numbered,
        Version = item.Version,
    };

    public void ApplyTo(AgendaItem item, IReadOnlyDictionary<int, string> people, AppDbContext db)
    {
        item.Title = Title!.Trim();
        item.Types = Types.Aggregate(AgendaItemTypes.None, (all, type) => all | type);
        item.Description = Description.TrimToNull();
        item.ProposedConclusion = ProposedConclusion.TrimToNull();
        item.IsRestricted = IsRestricted;
        item.RestrictionGround = IsRestricted ? RestrictionGround.TrimToNull() : null;
        item.Numbered = item.Kind != AgendaItemKind.Break && Numbered;

        var wanted = ResponsiblePersonIds.Distinct().Select(id => (PersonId: (int?)id, Name: people[id]))
            .Concat((OtherResponsible ?? "").Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(name => (PersonId: (int?)null, Name: name.Length > 200 ? name[..200] : name)))
            .ToList();
        var current = item.Responsible.OrderBy(r => r.SortOrder).Select(r => (r.PersonId, r.Name)).ToList();
        if (!current.SequenceEqual(wanted))
        {
            db.AgendaItemResponsibles.RemoveRange(item.Responsible);
            item.Responsible = wanted.Select((r, n) => new AgendaItemResponsible { PersonId = r.PersonId, Name = r.Name, SortOrder = n + 1 }).ToList();
        }
    }

}
