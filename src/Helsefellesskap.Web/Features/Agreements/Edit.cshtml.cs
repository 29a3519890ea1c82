using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Agreements;

/// <summary>
/// Registers an agreement of the family or edits one: its place in the tree (never under itself), owner, parties
/// and termination. A party that has adopted a version stays a party.
/// </summary>
public sealed class EditModel(AppDbContext db, AuditView audit, IStringLocalizer<SharedResource> l)
    : EditPageModel<Agreement, AgreementInput>(db, audit, l)
{
    public IReadOnlyList<SelectListItem> ParentOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> BodyOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PersonOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> RequirementListOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PartnerOptions { get; private set; } = [];

    /// <summary>The partners' names, by id, for the party checkboxes.</summary>
    public IReadOnlyDictionary<int, string> PartnerNames { get; private set; } = new Dictionary<int, string>();

    protected override Agreement NewEntity() => new() { Title = Input.Title! };

    /// <summary>The usual agreement is between every municipality and the hospital trust.</summary>
    protected override void InitialiseNew() => Input = new AgreementInput { Parties = [] };

    protected override async Task ValidateAsync()
    {
        var id = Id;
        var agreements = await Db.Agreements.AsNoTracking().Select(a => new { a.Id, a.ParentId }).ToListAsync();
        if (Input.ParentId is { } parentId)
        {
            var excluded = id is { } self ? AgreementFamily.SelfAndDescendants(self, agreements.Select(a => (a.Id, a.ParentId))) : [];
            if (excluded.Contains(parentId))
            {
                ModelState.AddModelError(Field(nameof(AgreementInput.ParentId)), L["Agreements.ParentCycle"]);
            }
            else if (agreements.All(a => a.Id != parentId))
            {
                ModelState.AddModelError(Field(nameof(AgreementInput.ParentId)), L["Validation.ValueIsInvalid", parentId]);
            }
        }
        if (Input.OwnerBodyId is { } bodyId && !await Db.Bodies.AnyAsync(b => b.Id == bodyId))
        {
            ModelState.AddModelError(Field(nameof(AgreementInput.OwnerBodyId)), L["Validation.ValueIsInvalid", bodyId]);
        }
        if (Input.ResponsiblePersonId is { } personId && !await Db.People.AnyAsync(p => p.Id == personId))
        {
            ModelState.AddModelError(Field(nameof(AgreementInput.ResponsiblePersonId)), L["Validation.ValueIsInvalid", personId]);
        }
        if (Input.RequirementListId is { } listId && !await Db.RequirementLists.AnyAsync(r => r.Id == listId && r.Kind == Input.Kind))
        {
            ModelState.AddModelError(Field(nameof(AgreementInput.RequirementListId)), L["Agreements.RequirementListOtherKind"]);
        }

        var chosen = Input.ChosenParties.Select(p => p.PartnerId).ToHashSet();
        var partners = await Db.Partners.AsNoTracking().Where(p => chosen.Contains(p.Id)).CountAsync();
        if (partners != chosen.Count)
        {
            ModelState.AddModelError(Field(nameof(AgreementInput.Parties)), L["Validation.ValueIsInvalid", string.Join(", ", chosen)]);
        }
        if (id is not null)
        {
            // Tracked, so that the parties are in the agreement's collection when the form is applied.
            await Db.AgreementParties.Where(p => p.AgreementId == id).ToListAsync();
            var removedWithAdoptions = await Db.AgreementAdoptions.AsNoTracking()
                .Where(a => a.AgreementVersion!.AgreementId == id && !chosen.Contains(a.PartnerId))
                .Select(a => a.Partner!.Name)
                .Distinct()
                .ToListAsync();
            if (removedWithAdoptions.Count > 0)
            {
                ModelState.AddModelError(Field(nameof(AgreementInput.Parties)), L["Agreements.PartyHasAdoptions", string.Join(", ", removedWithAdoptions)]);
            }
        }

        if ((Input.TerminationNoticeOn is null) != (Input.TerminatedByPartnerId is null))
        {
            ModelState.AddModelError(Field(nameof(AgreementInput.TerminationNoticeOn)), L["Agreements.TerminationIncomplete"]);
        }
        else if (Input.TerminatedByPartnerId is { } terminating && !chosen.Contains(terminating))
        {
            ModelState.AddModelError(Field(nameof(AgreementInput.TerminatedByPartnerId)), L["Agreements.TerminationNotParty"]);
        }
    }

    protected override async Task LoadOptionsAsync()
    {
        var agreements = await Db.Agreements.AsNoTracking().Select(a => new { a.Id, a.ParentId, a.Code, a.Title }).ToListAsync();
        var excluded = Id is { } self ? AgreementFamily.SelfAndDescendants(self, agreements.Select(a => (a.Id, a.ParentId))) : [];
        ParentOptions = AgreementFamily.Order(agreements, a => a.Id, a => a.ParentId, a => a.Code, a => a.Title)
            .Where(n => !excluded.Contains(n.Item.Id))
            .Select(n => new SelectListItem(new string('–', n.Depth) + (n.Depth > 0 ? " " : "") + (n.Item.Code is null ? n.Item.Title : $"{n.Item.Code} {n.Item.Title}"), n.Item.Id.ToString()))
            .ToList();
        var bodies = await Db.Bodies.AsNoTracking().OrderBy(b => b.Name).Select(b => new { b.Id, b.Name, b.ShortName }).ToListAsync();
        BodyOptions = bodies.Select(b => new SelectListItem($"{b.Name} ({b.ShortName})", b.Id.ToString())).ToList();
        var people = await Db.People.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.Employer }).ToListAsync();
        PersonOptions = people.Select(p => new SelectListItem(p.Employer is null ? p.Name : $"{p.Name}, {p.Employer}", p.Id.ToString())).ToList();

        var partners = PartyOrder.Sorted(await Db.Partners.AsNoTracking().ToListAsync(), p => p).ToList();
        PartnerNames = partners.ToDictionary(p => p.Id, p => p.Name);
        PartnerOptions = partners.Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToList();
        // The form always posts a row per partner; no rows means the form is being opened.
        var posted = Input.Parties.ToDictionary(p => p.PartnerId);
        var opening = posted.Count == 0;
        var stored = opening && Id is { } id
            ? await Db.AgreementParties.AsNoTracking().Where(p => p.AgreementId == id).ToDictionaryAsync(p => p.PartnerId, p => p.AdoptingBody)
            : null;
        Input.Parties = partners.Select(p =>
        {
            if (posted.TryGetValue(p.Id, out var row))
            {
                return row;
            }
            var usual = p.Kind is PartnerKind.Municipality or PartnerKind.HospitalTrust;
            return new PartyInput
            {
                PartnerId = p.Id,
                Selected = stored is null ? opening && usual : stored.ContainsKey(p.Id),
                AdoptingBody = stored?.GetValueOrDefault(p.Id) ?? DefaultAdoptingBody(p.Kind),
            };
        }).ToList();
        RequirementListOptions = await Db.RequirementLists.AsNoTracking()
            .Where(r => r.Kind == Input.Kind || r.Id == Input.RequirementListId)
            .OrderBy(r => r.Name)
            .Select(r => new SelectListItem(r.Name, r.Id.ToString()))
            .ToListAsync();
    }

    private string? DefaultAdoptingBody(PartnerKind kind) => kind switch
    {
        PartnerKind.Municipality => L["Agreements.AdoptingBody.Municipality"].Value,
        PartnerKind.HospitalTrust => L["Agreements.AdoptingBody.HospitalTrust"].Value,
        _ => null,
    };

    private static string Field(string property) => $"{nameof(Input)}.{property}";
}

public sealed class AgreementInput : IEntityInput<Agreement, AgreementInput>
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Agreement.Title")]
    public string? Title { get; set; }

    [Display(Name = "Agreement.Kind")]
    [EnumDataType(typeof(AgreementKind), ErrorMessage = "Validation.ValueIsInvalid")]
    public AgreementKind Kind { get; set; } = AgreementKind.SubAgreement;

    [Display(Name = "Agreement.ParentId")]
    public int? ParentId { get; set; }

    [StringLength(20, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Agreement.Code")]
    public string? Code { get; set; }

    [Display(Name = "Agreement.OwnerBodyId")]
    public int? OwnerBodyId { get; set; }

    [Display(Name = "Agreement.ResponsiblePersonId")]
    public int? ResponsiblePersonId { get; set; }

    [StringLength(2000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Agreement.LegalReferences")]
    public string? LegalReferences { get; set; }

    [StringLength(2000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Agreement.PatientGroups")]
    public string? PatientGroups { get; set; }

    [StringLength(4000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Agreement.Description")]
    public string? Description { get; set; }

    [Display(Name = "Agreement.RequirementListId")]
    public int? RequirementListId { get; set; }

    [Range(1, 120, ErrorMessage = "Validation.Range")]
    [Display(Name = "Agreement.ReviewIntervalMonths")]
    public int ReviewIntervalMonths { get; set; } = 12;

    [Range(0, 120, ErrorMessage = "Validation.Range")]
    [Display(Name = "Agreement.NoticePeriodMonths")]
    public int NoticePeriodMonths { get; set; } = 12;

    [Display(Name = "Agreement.Parties")]
    public List<PartyInput> Parties { get; set; } = [];

    [Display(Name = "Agreement.TerminationNoticeOn")]
    public DateOnly? TerminationNoticeOn { get; set; }

    [Display(Name = "Agreement.TerminatedByPartnerId")]
    public int? TerminatedByPartnerId { get; set; }

    public int Version { get; set; }

    public IEnumerable<PartyInput> ChosenParties => Parties.Where(p => p.Selected);

    public static AgreementInput FromEntity(Agreement a) => new()
    {
        Title = a.Title,
        Kind = a.Kind,
        ParentId = a.ParentId,
        Code = a.Code,
        OwnerBodyId = a.OwnerBodyId,
        ResponsiblePersonId = a.ResponsiblePersonId,
        LegalReferences = a.LegalReferences,
        PatientGroups = a.PatientGroups,
        Description = a.Description,
        RequirementListId = a.RequirementListId,
        ReviewIntervalMonths = a.ReviewIntervalMonths,
        NoticePeriodMonths = a.NoticePeriodMonths,
        TerminationNoticeOn = a.TerminationNoticeOn,
        TerminatedByPartnerId = a.TerminatedByPartnerId,
        Version = a.Version,
    };

    public void ApplyTo(Agreement a)
    {
        a.Title = Title!.Trim();
        a.Kind = Kind;
        a.ParentId = ParentId;
        a.Code = Code.TrimToNull();
        a.OwnerBodyId = OwnerBodyId;
        a.ResponsiblePersonId = ResponsiblePersonId;
        a.LegalReferences = Lines(LegalReferences);
        a.PatientGroups = Lines(PatientGroups);
        a.Description = Description.TrimToNull();
        a.RequirementListId = RequirementListId;
        a.ReviewIntervalMonths = ReviewIntervalMonths;
        a.NoticePeriodMonths = NoticePeriodMonths;
        a.TerminationNoticeOn = TerminationNoticeOn;
        a.TerminatedByPartnerId = TerminatedByPartnerId;
        a.ExpiresOn = TerminationNoticeOn is { } notice ? AgreementLifecycle.ExpiryAfterNotice(notice, NoticePeriodMonths) : null;

        var chosen = ChosenParties.ToDictionary(p => p.PartnerId);
        a.Parties.RemoveAll(p => !chosen.ContainsKey(p.PartnerId));
        foreach (var party in chosen.Values)
        {
            var existing = a.Parties.SingleOrDefault(p => p.PartnerId == party.PartnerId);
            if (existing is null)
            {
                a.Parties.Add(new AgreementParty { PartnerId = party.PartnerId, AdoptingBody = party.AdoptingBody.TrimToNull() });
            }
            else
            {
                existing.AdoptingBody = party.AdoptingBody.TrimToNull();
            }
        }
    }

    /// <summary>One entry a line, blank lines dropped.</summary>
    public static string? Lines(string? text) =>
        string.Join("\n", (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)).TrimToNull();
}

/// <summary>A partner's row in the parties' checkbox list.</summary>
public sealed class PartyInput
{
    public int PartnerId { get; set; }

    public bool Selected { get; set; }

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "AgreementParty.AdoptingBody")]
    public string? AdoptingBody { get; set; }
}
