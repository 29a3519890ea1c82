using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Agreements.Requirements;

/// <summary>
/// Creates or edits a requirement list and its topics. The topics are rows of the one form: a row is removed by
/// ticking it, and blank rows at the end take new topics, so the page works without script.
/// </summary>
public sealed class EditModel(AppDbContext db, AuditView audit, IStringLocalizer<SharedResource> l)
    : EditPageModel<RequirementList, RequirementListInput>(db, audit, l)
{
    /// <summary>Blank rows offered for new topics.</summary>
    public const int BlankRows = 3;

    protected override RequirementList NewEntity() => new() { Name = Input.Name! };

    protected override IActionResult AfterSave(RequirementList list) =>
        RedirectToPage("Index", new { community = RouteData.Values["community"] });

    protected override async Task ValidateAsync()
    {
        if (Id is { } id)
        {
            // Loads the stored topics into the tracked list, which ApplyTo then edits.
            var storedIds = (await Db.RequirementTopics.Where(t => t.ListId == id).ToListAsync()).Select(t => t.Id).ToHashSet();
            for (var i = 0; i < Input.Topics.Count; i++)
            {
                if (Input.Topics[i].Id is { } topicId && !storedIds.Contains(topicId))
                {
                    ModelState.AddModelError($"Input.Topics[{i}].Title", L["Validation.ValueIsInvalid", topicId]);
                }
            }
        }
        for (var i = 0; i < Input.Topics.Count; i++)
        {
            var row = Input.Topics[i];
            if (!row.Remove && !row.IsBlank && string.IsNullOrWhiteSpace(row.Title))
            {
                ModelState.AddModelError($"Input.Topics[{i}].Title", L["Agreements.Requirements.TopicTitleRequired", i + 1]);
            }
        }
    }

    protected override void BeforeApply(RequirementList list)
    {
        // A change to the topics alone must still meet the version check, so a stale form cannot undo another's edit.
        if (Id is not null)
        {
            Db.Entry(list).State = EntityState.Modified;
        }
    }

    protected override async Task LoadOptionsAsync()
    {
        if (HttpMethods.IsGet(Request.Method) && Id is { } id)
        {
            Input.Topics = await Db.RequirementTopics.AsNoTracking()
                .Where(t => t.ListId == id)
                .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
                .Select(t => new TopicInput { Id = t.Id, Title = t.Title, Source = t.Source, Guidance = t.Guidance, SortOrder = t.SortOrder })
                .ToListAsync();
        }
        var trailingBlank = Input.Topics.AsEnumerable().Reverse().TakeWhile(t => t.IsBlank).Count();
        var next = Input.Topics.Select(t => t.SortOrder ?? 0).DefaultIfEmpty(0).Max();
        for (var i = trailingBlank; i < BlankRows; i++)
        {
            Input.Topics.Add(new TopicInput { SortOrder = ++next });
        }
    }
}

public sealed class RequirementListInput : IEntityInput<RequirementList, RequirementListInput>
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "RequirementList.Name")]
    public string? Name { get; set; }

    [Display(Name = "RequirementList.Kind")]
    public AgreementKind Kind { get; set; } = AgreementKind.SubAgreement;

    [StringLength(2000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "RequirementList.Description")]
    public string? Description { get; set; }

    public List<TopicInput> Topics { get; set; } = [];

    public int Version { get; set; }

    public static RequirementListInput FromEntity(RequirementList list) => new()
    {
        Name = list.Name,
        Kind = list.Kind,
        Description = list.Description,
        Version = list.Version,
    };

    public void ApplyTo(RequirementList list)
    {
        list.Name = Name!.Trim();
        list.Kind = Kind;
        list.Description = Description.TrimToNull();
        var rows = Topics.Where(t => !t.IsBlank || t.Id is not null).ToList();
        list.Topics.RemoveAll(topic => rows.Any(r => r.Id == topic.Id && r.Remove));
        var order = 0;
        foreach (var row in rows.Where(r => !r.Remove).OrderBy(r => r.SortOrder ?? int.MaxValue))
        {
            var topic = row.Id is { } id ? list.Topics.Single(t => t.Id == id) : null;
            if (topic is null)
            {
                topic = new RequirementTopic { CommunityId = list.CommunityId, Title = "" };
                list.Topics.Add(topic);
            }
            topic.Title = row.Title!.Trim();
            topic.Source = row.Source.TrimToNull();
            topic.Guidance = row.Guidance.TrimToNull();
            topic.SortOrder = ++order;
        }
    }
}

/// <summary>One topic row of the form; a row without an id and without text is an unused blank row.</summary>
public sealed class TopicInput
{
    public int? Id { get; set; }

    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "RequirementTopic.Title")]
    public string? Title { get; set; }

    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "RequirementTopic.Source")]
    public string? Source { get; set; }

    [StringLength(2000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "RequirementTopic.Guidance")]
    public string? Guidance { get; set; }

    [Display(Name = "RequirementTopic.SortOrder")]
    public int? SortOrder { get; set; }

    [Display(Name = "Agreements.Requirements.RemoveTopic")]
    public bool Remove { get; set; }

    public bool IsBlank => Id is null && string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Source) && string.IsNullOrWhiteSpace(Guidance);
}
