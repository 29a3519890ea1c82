using System.Globalization;
using Helsefellesskap.Web.Features.PublicSite;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Agreements.Public;

/// <summary>An agreement as the public family tree lists it: only with a version in force.</summary>
public sealed record PublicAgreementRow(int Id, int? ParentId, string? Code, string Title, AgreementKind Kind, int VersionNumber, DateOnly InForceFrom);

/// <summary>The version in force of an agreement, and its public history, for the public page and its PDF.</summary>
public sealed record PublicAgreement(
    Agreement Agreement, string? OwnerBody, AgreementVersion Current, IReadOnlyList<VersionTableRow> Versions)
{
    public IReadOnlyList<string> LegalReferences => Lines(Agreement.LegalReferences);

    public IReadOnlyList<string> PatientGroups => Lines(Agreement.PatientGroups);

    private static string[] Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>
/// What of the agreement register the public sees: the agreements with a version in force today, and of each the
/// version in force and the versions it replaced. Drafts, hearings and adoption work never leave this class.
/// </summary>
public static class PublicAgreements
{
    public static string PathOf(string communitySlug, int agreementId) =>
        string.Create(CultureInfo.InvariantCulture, $"/{communitySlug}/avtaleverk/{agreementId}");

    public static string PdfPathOf(string communitySlug, int agreementId) => PathOf(communitySlug, agreementId) + "/avtale.pdf";

    public static string FilePathOf(string communitySlug, int agreementId, string fileName) =>
        PathOf(communitySlug, agreementId) + "/fil/" + Uri.EscapeDataString(fileName);

    /// <summary>The versions the public sees of an agreement in this state: the one in force and those it replaced.</summary>
    public static bool IsPublic(VersionStatus status) => status is VersionStatus.InForce or VersionStatus.Replaced;

    public static async Task<IReadOnlyList<PublicAgreementRow>> InForceAsync(AppDbContext db, DateOnly today)
    {
        var current = (await AgreementStates.LoadAsync(db, today)).Values
            .Where(s => s.InForceVersionId is not null).Select(s => s.InForceVersionId!.Value).ToList();
        return await db.AgreementVersions.AsNoTracking()
            .Where(v => current.Contains(v.Id))
            .Select(v => new PublicAgreementRow(
                v.AgreementId, v.Agreement!.ParentId, v.Agreement.Code, v.Agreement.Title, v.Agreement.Kind, v.Number, v.InForceFrom!.Value))
            .ToListAsync();
    }

    /// <summary>The agreement with its version in force, or null when none is in force (or there is no such agreement).</summary>
    public static async Task<PublicAgreement?> LoadAsync(AppDbContext db, string communitySlug, int agreementId, DateOnly today)
    {
        if (await AgreementStates.LoadOneAsync(db, agreementId, today) is not { InForceVersionId: { } currentId } state)
        {
            return null;
        }
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.OwnerBody).SingleAsync(a => a.Id == agreementId);
        var current = await db.AgreementVersions.AsNoTracking().SingleAsync(v => v.Id == currentId);
        // The public follows a treated case to the public meeting page, where the item has its anchor.
        var rows = await VersionTable.LoadAsync(db, agreementId, state, IsPublic, item =>
            PublicMeetingRow.Url(communitySlug, item.MeetingId) + string.Create(CultureInfo.InvariantCulture, $"#sak-{item.ItemId}"));
        return new PublicAgreement(agreement, agreement.OwnerBody?.Name, current, rows);
    }
}
