using Helsefellesskap.Web.Features.FollowUps;
using Helsefellesskap.Web.Features.Matters;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Agenda;

/// <summary>
/// The operations of the agenda builder. Each works on tracked entities and renumbers the body-year;
/// the caller saves. Items keep their matter wherever they go, so a matter's chain survives moves.
/// </summary>
public sealed class AgendaEditor(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    /// <summary>The meeting with its items (ordered), tracked.</summary>
    public async Task<Meeting?> LoadAsync(int meetingId) =>
        await db.Meetings.Include(m => m.Body).Include(m => m.AgendaItems.OrderBy(i => i.SortOrder))
            .SingleOrDefaultAsync(m => m.Id == meetingId);

    /// <summary>Adds the standard items a meeting always has, where missing: approval of notice, of the previous minutes, and AOB.</summary>
    public async Task AddStandardItemsAsync(Meeting meeting)
    {
        var items = meeting.AgendaItems;
        if (!items.Any(i => i.Kind == AgendaItemKind.ApproveNotice))
        {
            Insert(meeting, NewItem(meeting, l["Agenda.Standard.ApproveNotice"], AgendaItemKind.ApproveNotice, AgendaItemTypes.Decision), 1);
        }
        if (!items.Any(i => i.Kind == AgendaItemKind.ApproveMinutes)
            && await PreviousMeetingAsync(meeting) is { } previous)
        {
            var item = NewItem(meeting, l["Agenda.Standard.ApproveMinutes", previous.Body?.ShortName ?? "", OsloTime.Format(previous.Date)],
                AgendaItemKind.ApproveMinutes, AgendaItemTypes.Decision);
            item.ApprovesMinutesOfMeetingId = previous.Id;
            item.ProposedConclusion = l["Agenda.Standard.ApproveMinutesConclusion"];
            Insert(meeting, item, items.Count(i => i.Kind == AgendaItemKind.ApproveNotice) + 1);
        }
        if (!items.Any(i => i.Kind == AgendaItemKind.AnyOtherBusiness))
        {
            Insert(meeting, NewItem(meeting, l["Agenda.Standard.AnyOtherBusiness"], AgendaItemKind.AnyOtherBusiness, AgendaItemTypes.None), items.Count + 1);
        }
        await RenumberAsync(meeting);
    }

    /// <summary>A new item (and matter) placed before "Eventuelt", or last.</summary>
    public AgendaItem AddItem(Meeting meeting, string title)
    {
        var item = NewItem(meeting, title, AgendaItemKind.Regular, AgendaItemTypes.None);
        Insert(meeting, item, PositionBeforeClosingItems(meeting));
        return item;
    }

    public AgendaItem AddBreak(Meeting meeting)
    {
        var item = NewItem(meeting, l["Agenda.Standard.Break"], AgendaItemKind.Break, AgendaItemTypes.None);
        Insert(meeting, item, PositionBeforeClosingItems(meeting));
        return item;
    }

    /// <summary>Turns a follow-up task aimed at this meeting into an item of the task's matter.</summary>
    public async Task<AgendaItem> AddFromTaskAsync(Meeting meeting, FollowUpTask task)
    {
        var source = task.SourceAgendaItemId is { } sourceId
            ? await db.AgendaItems.Include(i => i.Meeting!.Body).SingleOrDefaultAsync(i => i.Id == sourceId)
            : null;
        var item = NewItem(meeting, Truncate(task.Title, 300), AgendaItemKind.Regular, AgendaItemTypes.Information);
        item.Origin = ItemOrigin.FromTask;
        item.FromFollowUpTaskId = task.Id;
        if (source is not null)
        {
            item.MatterId = source.MatterId;
            item.Matter = null;
            item.PreviousItemId = source.Id;
            item.Description = FollowUpLine(source);
        }
        else if (task.MatterId is { } matterId)
        {
            item.MatterId = matterId;
            item.Matter = null;
        }
        Insert(meeting, item, PositionBeforeClosingItems(meeting));
        await RenumberAsync(meeting);
        return item;
    }

    public async Task MoveAsync(Meeting meeting, int itemId, int offset)
    {
        var ordered = meeting.AgendaItems.OrderBy(i => i.SortOrder).ToList();
        var index = ordered.FindIndex(i => i.Id == itemId);
        var target = index + offset;
        if (index < 0 || target < 0 || target >= ordered.Count)
        {
            return;
        }
        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        Resequence(ordered);
        await RenumberAsync(meeting);
    }

    /// <summary>Puts the items in the given order (ids not named keep their relative order, after the named ones).</summary>
    public async Task ReorderAsync(Meeting meeting, IReadOnlyList<int> itemIds)
    {
        var position = itemIds.Select((id, n) => (id, n)).DistinctBy(p => p.id).ToDictionary(p => p.id, p => p.n);
        var ordered = meeting.AgendaItems
            .OrderBy(i => position.GetValueOrDefault(i.Id, int.MaxValue))
            .ThenBy(i => i.SortOrder)
            .ToList();
        Resequence(ordered);
        await RenumberAsync(meeting);
    }

    /// <summary>"Utgår": the item stays on the agenda with its number.</summary>
    public void Withdraw(AgendaItem item) => item.State = AgendaItemState.Withdrawn;

    public void Reinstate(AgendaItem item) => item.State = AgendaItemState.Active;

    /// <summary>Removes an item whose number has never been issued; issued items can only be withdrawn.</summary>
    public async Task<bool> DeleteAsync(Meeting meeting, AgendaItem item)
    {
        if (item.NumberFrozen)
        {
            return false;
        }
        meeting.AgendaItems.Remove(item);
        db.AgendaItems.Remove(item);
        Resequence(meeting.AgendaItems.OrderBy(i => i.SortOrder).ToList());
        await RenumberAsync(meeting);
        return true;
    }

    /// <summary>
    /// Moves the item to the body's next meeting. Before the notice is issued the item itself moves;
    /// after, it stays here marked postponed (keeping its number) and a new item continues the matter there.
    /// </summary>
    public async Task<AgendaItem?> PostponeAsync(Meeting meeting, AgendaItem item)
    {
        var next = await db.Meetings.Include(m => m.Body).Include(m => m.AgendaItems)
            .Where(m => m.BodyId == meeting.BodyId && m.Status != MeetingStatus.Cancelled
                && (m.Date > meeting.Date || (m.Date == meeting.Date && m.StartTime > meeting.StartTime)))
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime)
            .FirstOrDefaultAsync();
        if (next is null)
        {
            return null;
        }
        if (!item.NumberFrozen)
        {
            meeting.AgendaItems.Remove(item);
            Resequence(meeting.AgendaItems.OrderBy(i => i.SortOrder).ToList());
            item.Meeting = next;
            item.MeetingId = next.Id;
            Insert(next, item, PositionBeforeClosingItems(next));
            await RenumberAsync(meeting);
            await RenumberAsync(next);
            return item;
        }
        item.State = AgendaItemState.Postponed;
        var continued = await ContinueInAsync(item, next, ItemOrigin.Postponed);
        return continued;
    }

    /// <summary>
    /// Takes the matter up again in a later meeting of the same or another body: follow-up, sending to
    /// another body, returning it, or continuing a postponed item.
    /// </summary>
    public async Task<AgendaItem> ContinueInAsync(AgendaItem source, Meeting target, ItemOrigin origin)
    {
        var sourceMeeting = source.Meeting ?? await db.Meetings.Include(m => m.Body).SingleAsync(m => m.Id == source.MeetingId);
        source.Meeting ??= sourceMeeting;
        sourceMeeting.Body ??= await db.Bodies.SingleAsync(b => b.Id == sourceMeeting.BodyId);
        if (target.AgendaItems.Count == 0)
        {
            await db.Entry(target).Collection(m => m.AgendaItems).LoadAsync();
        }
        var item = NewItem(target, source.Title, AgendaItemKind.Regular, source.Types);
        item.Matter = null;
        item.MatterId = source.MatterId;
        item.Origin = origin;
        item.PreviousItemId = source.Id;
        item.Description = origin == ItemOrigin.Postponed ? source.Description : FollowUpLine(source);
        item.ProposedConclusion = origin == ItemOrigin.Postponed ? source.ProposedConclusion : null;
        item.IsRestricted = source.IsRestricted;
        item.RestrictionGround = source.RestrictionGround;
        Insert(target, item, PositionBeforeClosingItems(target));
        await RenumberAsync(target);
        return item;
    }

    /// <summary>"Oppfølging av SSU-sak 2024.17" — the line that ties a continued item to where it came from.</summary>
    public string FollowUpLine(AgendaItem source) =>
        l["Agenda.FollowUpOf", source.Meeting?.Body?.ShortName ?? "", source.CaseNumber ?? source.Title];

    public Task RenumberAsync(Meeting meeting) => CaseNumbering.RenumberAsync(db, meeting.BodyId, meeting.Date.Year);

    private async Task<Meeting?> PreviousMeetingAsync(Meeting meeting) =>
        await db.Meetings.AsNoTracking().Include(m => m.Body)
            .Where(m => m.BodyId == meeting.BodyId && m.Id != meeting.Id && m.Status != MeetingStatus.Cancelled
                && (m.Date < meeting.Date || (m.Date == meeting.Date && m.StartTime < meeting.StartTime)))
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.StartTime)
            .FirstOrDefaultAsync();

    private AgendaItem NewItem(Meeting meeting, string title, AgendaItemKind kind, AgendaItemTypes types) => new()
    {
        Meeting = meeting,
        MeetingId = meeting.Id,
        Title = title,
        Kind = kind,
        Types = types,
        Numbered = kind != AgendaItemKind.Break,
        Matter = new Matter { Title = title, OriginBodyId = meeting.BodyId, CreatedAtUtc = clock.GetUtcNow().UtcDateTime },
    };

    /// <summary>Places an item at a 1-based position and closes the gaps.</summary>
    private static void Insert(Meeting meeting, AgendaItem item, int position)
    {
        var ordered = meeting.AgendaItems.Where(i => i != item).OrderBy(i => i.SortOrder).ToList();
        ordered.Insert(Math.Clamp(position - 1, 0, ordered.Count), item);
        if (!meeting.AgendaItems.Contains(item))
        {
            meeting.AgendaItems.Add(item);
        }
        Resequence(ordered);
    }

    /// <summary>New items go before the closing "Eventuelt" (and a break right before it), not after.</summary>
    private static int PositionBeforeClosingItems(Meeting meeting)
    {
        var ordered = meeting.AgendaItems.OrderBy(i => i.SortOrder).ToList();
        var position = ordered.Count + 1;
        while (position > 1 && ordered[position - 2].Kind == AgendaItemKind.AnyOtherBusiness)
        {
            position--;
        }
        return position;
    }

    private static void Resequence(IReadOnlyList<AgendaItem> ordered)
    {
        for (var n = 0; n < ordered.Count; n++)
        {
            ordered[n].SortOrder = n + 1;
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
