using System.Linq.Expressions;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Meetings.Publishing;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.OParl;

/// <summary>
/// Meetings, their places (Location) and agenda items, as <see cref="MeetingPublicity"/> lets the public see them:
/// every meeting with time, place, body and state; its agenda (number, title, public or not) once the notice is issued;
/// an item's conclusion once the minutes are published, never for a restricted item; public attachments only.
/// </summary>
public sealed class OParlMeetings(AppDbContext db, OParlUrls urls, OParlFiles files, IStringLocalizer<SharedResource> l)
{
    public sealed record MeetingRow(int BodyId, string BodyShortName, DateOnly Date, TimeOnly Start, TimeOnly End, string? Location, int NoticeRevision, string? Topic, MeetingStatus Status);

    public sealed record ItemRow(int MeetingId, AgendaItemKind Kind, int Order, string? Number, string Title, bool IsRestricted, AgendaItemState State);

    public IQueryable<Stamped<MeetingRow>> Meetings(Expression<Func<Meeting, bool>>? which = null) =>
        db.Meetings.AsNoTracking().Where(which ?? (m => true)).Select(m => new Stamped<MeetingRow>
        {
            Id = m.Id,
            Created = m.CreatedAtUtc,
            Modified = m.ModifiedAtUtc,
            AlsoModified = m.AgendaItems.Max(i => (DateTime?)i.ModifiedAtUtc),
            AlsoModified2 = db.Attachments.Where(a => a.AgendaItem!.MeetingId == m.Id).Max(a => (DateTime?)a.ModifiedAtUtc),
            Row = new MeetingRow(m.BodyId, m.Body!.ShortName, m.Date, m.StartTime, m.EndTime, m.Location, m.NoticeRevision, m.Topic, m.Status),
        });

    /// <summary>Meetings with a place: each place is a Location of its own, with the meeting's id.</summary>
    public IQueryable<Stamped<MeetingRow>> Locations() => Meetings(m => m.Location != null && m.Location != "");

    /// <summary>Agenda items whose number and title are public; the position counts from 0 in agenda order.</summary>
    public IQueryable<Stamped<ItemRow>> Items(Expression<Func<AgendaItem, bool>>? which = null) =>
        db.AgendaItems.AsNoTracking().Where(MeetingPublicity.PublicItems).Where(which ?? (i => true)).Select(i => new Stamped<ItemRow>
        {
            Id = i.Id,
            Created = i.CreatedAtUtc,
            Modified = i.ModifiedAtUtc,
            AlsoModified = i.Meeting!.ModifiedAtUtc,
            AlsoModified2 = i.Attachments.Max(a => (DateTime?)a.ModifiedAtUtc),
            Row = new ItemRow(
                i.MeetingId,
                i.Kind,
                i.Meeting.AgendaItems.Count(o => o.SortOrder < i.SortOrder || o.SortOrder == i.SortOrder && o.Id < i.Id),
                i.CaseYear == null || i.CaseSequence == null ? null : i.CaseYear + "." + i.CaseSequence,
                i.Title,
                i.IsRestricted,
                i.State),
        });

    public async Task<IReadOnlyList<object>> MeetingObjectsAsync(IReadOnlyList<Stamped<MeetingRow>> meetings, CancellationToken cancellationToken)
    {
        var ids = meetings.Select(m => m.Id).ToList();
        var itemRows = await Items(i => ids.Contains(i.MeetingId)).ToListAsync(cancellationToken);
        var items = await ItemObjectsAsync(itemRows.OrderBy(i => i.Row.Order).ToList(), embedded: true, cancellationToken);
        var agendas = items.ToLookup(i => i.MeetingId, i => i.Item);
        var attachments = (await files.EmbeddedAsync(a => ids.Contains(a.AgendaItem!.MeetingId), cancellationToken)).ToLookup(a => a.Row.MeetingId, a => a.File);
        var documents = await files.DocumentsByMeetingAsync(ids, cancellationToken);
        return meetings.Select(m =>
        {
            var row = m.Row;
            return (object)new OParlMeeting(urls.Meeting(m.Id), m.CreatedText, m.ModifiedText)
            {
                Name = Name(row),
                MeetingState = l[$"MeetingStatus.{row.Status}"],
                Cancelled = row.Status == MeetingStatus.Cancelled,
                Start = OParlTime.Format(row.Date, row.Start),
                End = OParlTime.Format(row.Date, row.End),
                Location = string.IsNullOrEmpty(row.Location) ? null : Location(m, embedded: true),
                Organization = [urls.Organization(row.BodyId)],
                Invitation = documents.GetValueOrDefault((m.Id, PublicationKind.Notice)),
                ResultsProtocol = documents.GetValueOrDefault((m.Id, PublicationKind.Minutes)),
                AuxiliaryFile = NullIfEmpty(attachments[m.Id]),
                AgendaItem = NullIfEmpty(agendas[m.Id]),
                Web = urls.MeetingPage(m.Id),
            };
        }).ToList();
    }

    public OParlLocation Location(Stamped<MeetingRow> meeting, bool embedded) =>
        new(urls.Location(meeting.Id), meeting.CreatedText, meeting.ModifiedText)
        {
            Description = meeting.Row.Location!,
            Meetings = embedded ? null : [urls.Meeting(meeting.Id)],
        };

    public Task<IReadOnlyList<object>> LocationObjectsAsync(IReadOnlyList<Stamped<MeetingRow>> meetings, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<object>>(meetings.Select(m => Location(m, embedded: false)).ToList());

    public async Task<IReadOnlyList<object>> ItemObjectsAsync(IReadOnlyList<Stamped<ItemRow>> rows, CancellationToken cancellationToken) =>
        (await ItemObjectsAsync(rows, embedded: false, cancellationToken)).Select(i => (object)i.Item).ToList();

    private async Task<List<(int MeetingId, OParlAgendaItem Item)>> ItemObjectsAsync(IReadOnlyList<Stamped<ItemRow>> rows, bool embedded, CancellationToken cancellationToken)
    {
        var ids = rows.Select(i => i.Id).ToList();
        var attachments = (await files.EmbeddedAsync(a => ids.Contains(a.AgendaItemId), cancellationToken)).ToLookup(a => a.Row.AgendaItemId, a => a.File);
        // Conclusions only where the minutes are published and the item's content is public, by the publicity rules.
        var conclusions = await db.AgendaItems.AsNoTracking()
            .Where(i => ids.Contains(i.Id) && i.Conclusion != null)
            .Where(MeetingPublicity.PublicItemContent)
            .Where(i => db.Meetings.Where(MeetingPublicity.PublicMinutes).Any(m => m.Id == i.MeetingId))
            .ToDictionaryAsync(i => i.Id, i => i.Conclusion!, cancellationToken);
        return rows.Select(i =>
        {
            var row = i.Row;
            var item = new OParlAgendaItem(urls.AgendaItem(i.Id), i.CreatedText, i.ModifiedText)
            {
                Meeting = embedded ? null : urls.Meeting(row.MeetingId),
                Number = row.Number,
                Order = row.Order,
                Name = row.Title,
                Public = !row.IsRestricted,
                Consultation = OParlPapers.IsConsultation(row.Kind) ? urls.Consultation(i.Id) : null,
                Result = row.State == AgendaItemState.Active ? null : l[$"AgendaItemState.{row.State}"].Value,
                ResolutionText = conclusions.GetValueOrDefault(i.Id),
                AuxiliaryFile = NullIfEmpty(attachments[i.Id]),
                Web = urls.AgendaItemPage(row.MeetingId, i.Id),
            };
            return (row.MeetingId, item);
        }).ToList();
    }

    private string Name(MeetingRow row)
    {
        var name = l["OParl.Meeting.Name", row.BodyShortName, OsloTime.Format(row.Date)];
        var topic = MeetingPublicity.PublicTopic(row.NoticeRevision, row.Topic);
        return string.IsNullOrWhiteSpace(topic) ? name : l["OParl.Meeting.NameWithTopic", name, topic];
    }

    private static List<T>? NullIfEmpty<T>(IEnumerable<T> values) => values.ToList() is { Count: > 0 } list ? list : null;
}
