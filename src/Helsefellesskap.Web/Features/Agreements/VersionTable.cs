using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Agreements;

/// <summary>A row of an agreement's version table, as the seeds print it: version, date, chapter, change, treated in.</summary>
public sealed record VersionTableRow(
    int Number, DateOnly Date, string? Chapters, string? Change, string? TreatedInCase, string? TreatedInUrl, VersionStatus Status);

/// <summary>The agenda item a version was treated in, and its meeting.</summary>
public sealed record TreatedItem(int ItemId, int MeetingId);

/// <summary>The version table of an agreement, generated from its versions (the internal page and the public one show it).</summary>
public static class VersionTable
{
    /// <summary>
    /// The versions whose status in <paramref name="state"/> (the caller has it already) <paramref name="include"/> lets through, oldest first as the seeds print the table;
    /// <paramref name="itemUrl"/> says where the agenda item a version was treated in is shown to this reader.
    /// </summary>
    public static async Task<IReadOnlyList<VersionTableRow>> LoadAsync(
        AppDbContext db, int agreementId, AgreementState state, Func<VersionStatus, bool> include, Func<TreatedItem, string> itemUrl)
    {
        var versions = await db.AgreementVersions.AsNoTracking()
            .Where(v => v.AgreementId == agreementId)
            .OrderBy(v => v.Number)
            .Select(v => new
            {
                v.Id,
                v.Number,
                v.Date,
                v.ChaptersChanged,
                v.ChangeSummary,
                v.TreatedInText,
                Item = v.TreatedInItem == null
                    ? null
                    : new { v.TreatedInItem.Id, v.TreatedInItem.MeetingId, v.TreatedInItem.CaseYear, v.TreatedInItem.CaseSequence, v.TreatedInItem.Title, v.TreatedInItem.Meeting!.Body!.ShortName },
            })
            .ToListAsync();
        return versions
            .Where(v => include(state.Of(v.Id)))
            .Select(v => new VersionTableRow(
                v.Number,
                v.Date,
                v.ChaptersChanged,
                v.ChangeSummary,
                v.Item is { } item ? CaseLabel(item.ShortName, item.CaseYear, item.CaseSequence, item.Title) : v.TreatedInText,
                v.Item is { } treated ? itemUrl(new TreatedItem(treated.Id, treated.MeetingId)) : null,
                state.Of(v.Id)))
            .ToList();
    }

    /// <summary>How an agenda item is named where a version was treated: "OSU 2024.17", or its title before it had a number.</summary>
    public static string CaseLabel(string? bodyShortName, int? caseYear, int? caseSequence, string title) =>
        caseYear is { } year && caseSequence is { } sequence ? $"{bodyShortName} {year}.{sequence}".Trim() : title;

    public static string ItemUrl(string communitySlug, int agendaItemId) => $"/{communitySlug}/saker/{agendaItemId}";
}
