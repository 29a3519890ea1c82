using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Meetings;

/// <summary>
/// How many attachments each item of a meeting has. Agenda lists show only the count, so they do not load
/// the attachments themselves (whose extracted text can be large).
/// </summary>
public static class AttachmentCounts
{
    public static Task<Dictionary<int, int>> ForMeetingAsync(AppDbContext db, int meetingId) =>
        db.Attachments.AsNoTracking()
            .Where(a => a.AgendaItem!.MeetingId == meetingId)
            .GroupBy(a => a.AgendaItemId)
            .Select(g => new { ItemId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.ItemId, g => g.Count);

    public static int Of(this IReadOnlyDictionary<int, int> counts, AgendaItem item) => counts.GetValueOrDefault(item.Id);
}

/// <summary>The agenda table's model: the items and their attachment counts.</summary>
public sealed record AgendaTableModel(IEnumerable<AgendaItem> Items, IReadOnlyDictionary<int, int> AttachmentCounts);
