using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Meetings.Agenda;

/// <summary>
/// Case numbers <c>YYYY.N</c> run per body and calendar year across the body's meetings, in agenda order.
/// Until a meeting's notice is issued its numbers follow the order of the agenda; issuing freezes them, and
/// a frozen number is never changed or given to another item (a withdrawn item keeps its number).
/// </summary>
public static class CaseNumbering
{
    /// <summary>An item's place in the sequence: whether its number is frozen, and the number it has.</summary>
    public readonly record struct Slot(bool Frozen, int? Sequence);

    /// <summary>
    /// Numbers for numbered items given in agenda order over the body-year (meeting date, then position),
    /// in the same order. Frozen items keep theirs; every other item takes the next number not already frozen.
    /// </summary>
    public static IReadOnlyList<int> Assign(IReadOnlyList<Slot> orderedSlots)
    {
        var frozen = orderedSlots.Where(s => s.Frozen && s.Sequence is not null).Select(s => s.Sequence!.Value).ToHashSet();
        var numbers = new List<int>(orderedSlots.Count);
        var last = 0;
        foreach (var slot in orderedSlots)
        {
            if (slot.Frozen && slot.Sequence is { } kept)
            {
                last = Math.Max(last, kept);
                numbers.Add(kept);
                continue;
            }
            do
            {
                last++;
            }
            while (frozen.Contains(last));
            numbers.Add(last);
        }
        return numbers;
    }

    /// <summary>
    /// Renumbers the unfrozen items of a body's meetings in a year, including items added but not yet saved.
    /// Call after changing an agenda and before saving.
    /// </summary>
    public static async Task RenumberAsync(AppDbContext db, int bodyId, int year)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        await db.AgendaItems
            .Where(i => i.Meeting!.BodyId == bodyId && ((i.Meeting.Date >= first && i.Meeting.Date <= last) || i.CaseYear == year))
            .Include(i => i.Meeting)
            .LoadAsync();
        var items = db.ChangeTracker.Entries<AgendaItem>()
            .Where(e => e.State != EntityState.Deleted)
            .Select(e => e.Entity)
            .Where(i => i.Meeting is { } m && m.BodyId == bodyId && (m.Date.Year == year || i.CaseYear == year))
            .ToList();

        var numbered = items
            .Where(i => i.NumberFrozen || (i.Numbered && i.Meeting!.Status != MeetingStatus.Cancelled && i.Meeting.Date.Year == year))
            .OrderBy(i => i.Meeting!.Date).ThenBy(i => i.Meeting!.StartTime).ThenBy(i => i.MeetingId).ThenBy(i => i.SortOrder)
            .ToList();
        var numbers = Assign(numbered.Select(i => new Slot(i.NumberFrozen, i.CaseSequence)).ToList());
        for (var n = 0; n < numbered.Count; n++)
        {
            if (!numbered[n].NumberFrozen)
            {
                numbered[n].CaseYear = year;
                numbered[n].CaseSequence = numbers[n];
            }
        }
        foreach (var item in items.Except(numbered).Where(i => !i.NumberFrozen))
        {
            item.CaseYear = null;
            item.CaseSequence = null;
        }
    }
}
