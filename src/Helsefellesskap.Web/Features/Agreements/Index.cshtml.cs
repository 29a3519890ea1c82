using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Agreements;

/// <summary>The agreement family as a tree, with each agreement's status and the version in force; filtered by kind and status.</summary>
public sealed class IndexModel(AppDbContext db, AgreementAccess access, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "type")]
    public AgreementKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public AgreementStatus? Status { get; set; }

    public IReadOnlyList<FamilyNode<AgreementRow>> Rows { get; private set; } = [];

    public bool IsSecretariat { get; private set; }

    public async Task OnGetAsync()
    {
        var viewer = await access.CurrentAsync();
        IsSecretariat = viewer.IsSecretariat;
        Rows = (await AgreementRow.LoadAsync(db, OsloTime.Today(clock)))
            .Where(n => (Kind is null || n.Item.Kind == Kind) && (Status is null || n.Item.Status == Status))
            .ToList();
    }
}

/// <summary>An agreement as the register lists it; the version in force is public, so every reader sees it.</summary>
public sealed record AgreementRow(
    int Id,
    int? ParentId,
    AgreementKind Kind,
    string? Code,
    string Title,
    AgreementStatus Status,
    int? InForceNumber,
    DateOnly? InForceFrom,
    string? OwnerBody,
    string? ResponsiblePerson)
{
    /// <summary>Every agreement of the community in tree order.</summary>
    public static async Task<IReadOnlyList<FamilyNode<AgreementRow>>> LoadAsync(AppDbContext db, DateOnly today)
    {
        var states = await AgreementStates.LoadAsync(db, today);
        var agreements = await db.Agreements.AsNoTracking()
            .Select(a => new
            {
                a.Id,
                a.ParentId,
                a.Kind,
                a.Code,
                a.Title,
                OwnerBody = a.OwnerBody!.Name,
                ResponsiblePerson = a.ResponsiblePerson!.Name,
                Versions = a.Versions.Select(v => new { v.Id, v.Number, v.InForceFrom }).ToList(),
            })
            .ToListAsync();
        var rows = agreements.Select(a =>
        {
            var state = states[a.Id];
            var inForce = a.Versions.SingleOrDefault(v => v.Id == state.InForceVersionId);
            return new AgreementRow(a.Id, a.ParentId, a.Kind, a.Code, a.Title, state.Status, inForce?.Number, inForce?.InForceFrom, a.OwnerBody, a.ResponsiblePerson);
        }).ToList();
        return AgreementFamily.Order(rows, r => r.Id, r => r.ParentId, r => r.Code, r => r.Title);
    }
}
