using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Agreements;

/// <summary>
/// The agreement register as JSON. Anyone sees the agreements with a version in force and the versions in force or
/// replaced; readers of the community see every agreement, and drafts where they may see the agreement's work.
/// </summary>
public static class AgreementsApi
{
    private const string Tag = "Avtaler";

    public static IEndpointRouteBuilder MapAgreementsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/{community}/avtaler").AllowAnonymous().WithTags(Tag);
        group.MapGet("", ListAsync).WithName("ListAgreements").WithSummary("Avtaleverket: avtalene med status og gjeldende versjon");
        group.MapGet("/{id:int}", GetAsync).WithName("GetAgreement").WithSummary("En avtale med parter, versjoner og vedtak");
        group.MapGet("/{id:int}/versjoner/{number:int}", GetVersionAsync).WithName("GetAgreementVersion").WithSummary("Teksten til en versjon av en avtale");
        return app;
    }

    private static async Task<Ok<List<AgreementSummaryDto>>> ListAsync(string community, AppDbContext db, CommunityPermissions permissions, TimeProvider clock)
    {
        var reader = await permissions.CanReadAsync();
        var rows = await AgreementRow.LoadAsync(db, OsloTime.Today(clock));
        return TypedResults.Ok(rows
            .Select(n => n.Item)
            .Where(r => reader || r.InForceNumber is not null)
            .Select(r => new AgreementSummaryDto(r.Id, r.ParentId, r.Kind, r.Code, r.Title, r.Status, r.InForceNumber, r.InForceFrom))
            .ToList());
    }

    private static async Task<Results<Ok<AgreementDto>, NotFound>> GetAsync(string community, int id, AppDbContext db, AgreementAccess access, CommunityPermissions permissions, TimeProvider clock)
    {
        if (await LoadAsync(db, access, permissions, clock, id) is not { } found)
        {
            return TypedResults.NotFound();
        }
        var (agreement, state, viewer) = found;
        var versions = agreement.Versions
            .Where(v => viewer.Sees(agreement, state.Of(v.Id)))
            .OrderBy(v => v.Number)
            .Select(v => new AgreementVersionDto(
                v.Number, v.Date, state.Of(v.Id), v.InForceFrom, v.ChaptersChanged, v.ChangeSummary, v.TreatedInItemId, v.TreatedInText,
                v.Adoptions.OrderBy(a => a.AdoptedOn).Select(a => new AdoptionDto(a.PartnerId, a.Partner!.Name, a.AdoptedOn, a.DecidedBy, a.Reference)).ToList()))
            .ToList();
        return TypedResults.Ok(new AgreementDto(
            agreement.Id, agreement.ParentId, agreement.Kind, agreement.Code, agreement.Title, state.Status,
            agreement.OwnerBody?.Name, agreement.ResponsiblePerson?.Name, agreement.LegalReferences, agreement.PatientGroups, agreement.Description,
            agreement.ReviewIntervalMonths, agreement.NoticePeriodMonths, agreement.ExpiresOn,
            PartyOrder.Sorted(agreement.Parties, p => p.Partner!).Select(p => new PartyDto(p.PartnerId, p.Partner!.Name, p.AdoptingBody)).ToList(),
            versions));
    }

    private static async Task<Results<Ok<AgreementVersionTextDto>, NotFound>> GetVersionAsync(
        string community, int id, int number, AppDbContext db, AgreementAccess access, CommunityPermissions permissions, TimeProvider clock)
    {
        if (await LoadAsync(db, access, permissions, clock, id) is not { } found)
        {
            return TypedResults.NotFound();
        }
        var (agreement, state, viewer) = found;
        var version = agreement.Versions.SingleOrDefault(v => v.Number == number);
        if (version is null || !viewer.Sees(agreement, state.Of(version.Id)))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(new AgreementVersionTextDto(
            agreement.Id, version.Number, version.Date, state.Of(version.Id), version.InForceFrom, version.Text,
            version.FileName is null ? null : Versions.AgreementFileEndpoints.DownloadUrl(community, version.Id)));
    }

    /// <summary>The agreement with what the caller may see of it; anonymous callers only reach agreements in force.</summary>
    private static async Task<(Agreement Agreement, AgreementState State, AgreementViewer Viewer)?> LoadAsync(AppDbContext db, AgreementAccess access, CommunityPermissions permissions, TimeProvider clock, int id)
    {
        var agreement = await db.Agreements.AsNoTracking()
            .Include(a => a.OwnerBody)
            .Include(a => a.ResponsiblePerson)
            .Include(a => a.Parties).ThenInclude(p => p.Partner)
            .Include(a => a.Versions).ThenInclude(v => v.Adoptions).ThenInclude(x => x.Partner)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id);
        if (agreement is null || await AgreementStates.LoadOneAsync(db, id, OsloTime.Today(clock)) is not { } state)
        {
            return null;
        }
        var viewer = await access.CurrentAsync();
        return await permissions.CanReadAsync() || state.InForceVersionId is not null ? (agreement, state, viewer) : null;
    }
}

public sealed record AgreementSummaryDto(int Id, int? ParentId, AgreementKind Kind, string? Code, string Title, AgreementStatus Status, int? InForceVersion, DateOnly? InForceFrom);

public sealed record AgreementDto(
    int Id, int? ParentId, AgreementKind Kind, string? Code, string Title, AgreementStatus Status, string? OwnerBody, string? ResponsiblePerson,
    string? LegalReferences, string? PatientGroups, string? Description, int ReviewIntervalMonths, int NoticePeriodMonths, DateOnly? ExpiresOn,
    IReadOnlyList<PartyDto> Parties, IReadOnlyList<AgreementVersionDto> Versions);

public sealed record PartyDto(int PartnerId, string Name, string? AdoptingBody);

public sealed record AgreementVersionDto(
    int Number, DateOnly Date, VersionStatus Status, DateOnly? InForceFrom, string? ChaptersChanged, string? ChangeSummary,
    int? TreatedInItemId, string? TreatedInText, IReadOnlyList<AdoptionDto> Adoptions);

public sealed record AdoptionDto(int PartnerId, string Partner, DateOnly AdoptedOn, string? DecidedBy, string? Reference);

public sealed record AgreementVersionTextDto(int AgreementId, int Number, DateOnly Date, VersionStatus Status, DateOnly? InForceFrom, string? Text, string? FileUrl);
