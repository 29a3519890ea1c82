using System.Linq.Expressions;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Meetings.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.OParl;

/// <summary>
/// Papers and consultations: a matter is a Paper once one of its treatments is on a public agenda, and each such
/// treatment (an agenda item, not a break) is a Consultation, with the agenda item's id. A paper's reference and date
/// are those of its first public treatment; its files are the public attachments of its treatments.
/// </summary>
public sealed class OParlPapers(AppDbContext db, OParlUrls urls, OParlFiles files)
{
    public sealed record PaperRow(string Title, int? OriginBodyId);

    public sealed record ConsultationRow(int MatterId, int MeetingId, int BodyId, DateOnly Date, TimeOnly Start, int SortOrder, string? Number, AgendaItemTypes Types);

    /// <summary>Whether an agenda item treats a matter (a break does not).</summary>
    public static bool IsConsultation(AgendaItemKind kind) => kind != AgendaItemKind.Break;

    private IQueryable<AgendaItem> PublicTreatments() =>
        db.AgendaItems.AsNoTracking().Where(MeetingPublicity.PublicItems).Where(i => i.Kind != AgendaItemKind.Break);

    public IQueryable<Stamped<PaperRow>> Papers()
    {
        var treatments = PublicTreatments();
        return db.Matters.AsNoTracking().Where(m => treatments.Any(i => i.MatterId == m.Id)).Select(m => new Stamped<PaperRow>
        {
            Id = m.Id,
            Created = m.CreatedAtUtc,
            Modified = m.ModifiedAtUtc,
            AlsoModified = treatments.Where(i => i.MatterId == m.Id).Max(i => (DateTime?)i.ModifiedAtUtc),
            AlsoModified2 = treatments.Where(i => i.MatterId == m.Id).Max(i => (DateTime?)i.Meeting!.ModifiedAtUtc),
            Row = new PaperRow(m.Title, m.OriginBodyId),
        });
    }

    public IQueryable<Stamped<ConsultationRow>> Consultations(Expression<Func<AgendaItem, bool>>? which = null) =>
        PublicTreatments().Where(which ?? (i => true)).Select(i => new Stamped<ConsultationRow>
        {
            Id = i.Id,
            Created = i.CreatedAtUtc,
            Modified = i.ModifiedAtUtc,
            AlsoModified = i.Meeting!.ModifiedAtUtc,
            AlsoModified2 = null,
            Row = new ConsultationRow(i.MatterId, i.MeetingId, i.Meeting.BodyId, i.Meeting.Date, i.Meeting.StartTime, i.SortOrder,
                i.CaseYear == null || i.CaseSequence == null ? null : i.CaseYear + "." + i.CaseSequence, i.Types),
        });

    public async Task<IReadOnlyList<object>> PaperObjectsAsync(IReadOnlyList<Stamped<PaperRow>> papers, CancellationToken cancellationToken)
    {
        var ids = papers.Select(p => p.Id).ToList();
        var treatments = (await Consultations(i => ids.Contains(i.MatterId)).ToListAsync(cancellationToken))
            .OrderBy(c => c.Row.Date).ThenBy(c => c.Row.Start).ThenBy(c => c.Row.SortOrder).ThenBy(c => c.Id)
            .ToLookup(c => c.Row.MatterId);
        var attachments = (await files.EmbeddedAsync(a => ids.Contains(a.AgendaItem!.MatterId), cancellationToken)).ToLookup(a => a.Row.MatterId, a => a.File);
        // The kind of case comes from a case paper, which is public only where the item's content is.
        var caseTypes = (await db.CasePapers.AsNoTracking()
                .Where(c => c.CaseType != null && ids.Contains(c.AgendaItem!.MatterId))
                .Where(c => db.AgendaItems.Where(MeetingPublicity.PublicItemContent).Any(i => i.Id == c.AgendaItemId))
                .Select(c => new { c.AgendaItem!.MatterId, c.AgendaItem.Meeting!.Date, c.CaseType })
                .ToListAsync(cancellationToken))
            .OrderBy(c => c.Date)
            .GroupBy(c => c.MatterId)
            .ToDictionary(g => g.Key, g => g.First().CaseType);
        return papers.Select(p =>
        {
            var first = treatments[p.Id].FirstOrDefault();
            return (object)new OParlPaper(urls.Paper(p.Id), p.CreatedText, p.ModifiedText)
            {
                Body = urls.Body,
                Name = p.Row.Title,
                Reference = first?.Row.Number,
                Date = first is null ? null : OParlTime.Format(first.Row.Date),
                PaperType = caseTypes.GetValueOrDefault(p.Id),
                AuxiliaryFile = attachments[p.Id].ToList() is { Count: > 0 } list ? list : null,
                OriginatorOrganization = p.Row.OriginBodyId is { } origin ? [urls.Organization(origin)] : null,
                Consultation = treatments[p.Id].Select(c => Consultation(c, embedded: true)).ToList(),
            };
        }).ToList();
    }

    public Task<IReadOnlyList<object>> ConsultationObjectsAsync(IReadOnlyList<Stamped<ConsultationRow>> rows, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<object>>(rows.Select(c => Consultation(c, embedded: false)).ToList());

    private OParlConsultation Consultation(Stamped<ConsultationRow> consultation, bool embedded) =>
        new(urls.Consultation(consultation.Id), consultation.CreatedText, consultation.ModifiedText)
        {
            Paper = embedded ? null : urls.Paper(consultation.Row.MatterId),
            AgendaItem = urls.AgendaItem(consultation.Id),
            Meeting = urls.Meeting(consultation.Row.MeetingId),
            Organization = [urls.Organization(consultation.Row.BodyId)],
            Authoritative = (consultation.Row.Types & (AgendaItemTypes.Decision | AgendaItemTypes.Resolution)) != 0,
        };
}
