using Helsefellesskap.Web.Features.FollowUps;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Meetings;

/// <summary>
/// Read-only JSON for meeting plans, meetings, agenda items, matters, minutes, attendance and follow-up,
/// under <c>/api/{community}</c>, for the community's users (as the pages). Minutes are given once circulated,
/// or to the secretariat.
/// </summary>
public static class MeetingsApi
{
    public static IEndpointRouteBuilder MapMeetingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/{community}").WithTags("Møter").RequireAuthorization(Policies.CommunityReader);
        api.MapGet("/moteplaner", ListPlans).WithName("ListMeetingPlans");
        api.MapGet("/moter", ListMeetings).WithName("ListMeetings");
        api.MapGet("/moter/{id:int}", GetMeeting).WithName("GetMeeting");
        api.MapGet("/moter/{id:int}/oppmote", GetAttendance).WithName("GetAttendance");
        api.MapGet("/moter/{id:int}/referat", GetMinutes).WithName("GetMinutes");
        api.MapGet("/saker/{id:int}", GetAgendaItem).WithName("GetAgendaItem");
        api.MapGet("/saksganger/{id:int}", GetMatter).WithName("GetMatter");
        api.MapGet("/oppfolging", ListFollowUps).WithName("ListFollowUps");
        return app;
    }

    private static async Task<Ok<List<MeetingPlanDto>>> ListPlans(string community, AppDbContext db) =>
        TypedResults.Ok(await db.MeetingPlans.AsNoTracking()
            .OrderByDescending(p => p.Year).ThenBy(p => p.Body!.ShortName)
            .Select(p => new MeetingPlanDto(p.Id, p.BodyId, p.Body!.ShortName, p.Year, p.AdoptedAtUtc,
                p.Entries.OrderBy(e => e.Date).Select(e => new MeetingPlanEntryDto(e.Date, e.StartTime, e.EndTime, e.Location, e.PreparatoryBodyId, e.PreparatoryDate, e.MeetingId)).ToList()))
            .ToListAsync());

    private static async Task<Ok<List<MeetingSummaryDto>>> ListMeetings(string community, AppDbContext db, int? organ, int? ar)
    {
        var query = db.Meetings.AsNoTracking();
        if (organ is { } bodyId)
        {
            query = query.Where(m => m.BodyId == bodyId);
        }
        if (ar is { } year)
        {
            query = query.Where(m => m.Date >= new DateOnly(year, 1, 1) && m.Date <= new DateOnly(year, 12, 31));
        }
        return TypedResults.Ok(await query.OrderBy(m => m.Date).ThenBy(m => m.StartTime)
            .Select(m => new MeetingSummaryDto(m.Id, m.BodyId, m.Body!.ShortName, m.Date, m.StartTime, m.EndTime, m.Location, m.Status, m.NoticeRevision, m.MinutesStatus))
            .ToListAsync());
    }

    private static async Task<Results<Ok<MeetingDto>, NotFound>> GetMeeting(string community, int id, AppDbContext db)
    {
        var meeting = await db.Meetings.AsNoTracking()
            .Where(m => m.Id == id)
            .Select(m => new MeetingSummaryDto(m.Id, m.BodyId, m.Body!.ShortName, m.Date, m.StartTime, m.EndTime, m.Location, m.Status, m.NoticeRevision, m.MinutesStatus))
            .SingleOrDefaultAsync();
        if (meeting is null)
        {
            return TypedResults.NotFound();
        }
        var items = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == id).OrderBy(i => i.SortOrder)
            .Include(i => i.Responsible).ToListAsync();
        var attachments = await AttachmentsAsync(db, a => a.AgendaItem!.MeetingId == id);
        return TypedResults.Ok(new MeetingDto(meeting, items.Select(i => ToDto(i, attachments[i.Id])).ToList()));
    }

    private static async Task<Results<Ok<List<ParticipantDto>>, NotFound>> GetAttendance(string community, int id, AppDbContext db)
    {
        if (!await db.Meetings.AnyAsync(m => m.Id == id))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await db.MeetingParticipants.AsNoTracking().Where(p => p.MeetingId == id)
            .OrderBy(p => p.Role).ThenBy(p => p.Person!.Name)
            .Select(p => new ParticipantDto(p.PersonId, p.Person!.Name, p.Role, p.Response, p.Attendance, p.SubstituteForPersonId, p.IsChair, p.IsMinuteTaker))
            .ToListAsync());
    }

    private static async Task<Results<Ok<MinutesDto>, NotFound>> GetMinutes(string community, int id, AppDbContext db, CommunityPermissions permissions)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null || (meeting.MinutesStatus is MinutesStatus.NotStarted or MinutesStatus.Draft && !await permissions.CanAdministerAsync()))
        {
            return TypedResults.NotFound();
        }
        var items = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == id).OrderBy(i => i.SortOrder)
            .Select(i => new { i.Id, i.CaseYear, i.CaseSequence, i.Title, i.MinutesSummary, i.Conclusion })
            .ToListAsync();
        return TypedResults.Ok(new MinutesDto(id, meeting.MinutesStatus, meeting.MinutesApprovedAtUtc, meeting.MinutesApprovedBy,
            items.Select(i => new MinutesItemDto(i.Id, i.CaseYear is null ? null : $"{i.CaseYear}.{i.CaseSequence}", i.Title, i.MinutesSummary, ConclusionPoints.Parse(i.Conclusion))).ToList()));
    }

    private static async Task<Results<Ok<AgendaItemDto>, NotFound>> GetAgendaItem(string community, int id, AppDbContext db)
    {
        var item = await db.AgendaItems.AsNoTracking().Include(i => i.Responsible).SingleOrDefaultAsync(i => i.Id == id);
        return item is null ? TypedResults.NotFound() : TypedResults.Ok(ToDto(item, (await AttachmentsAsync(db, a => a.AgendaItemId == id))[id]));
    }

    private static async Task<Results<Ok<MatterDto>, NotFound>> GetMatter(string community, int id, AppDbContext db)
    {
        var matter = await db.Matters.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id);
        if (matter is null)
        {
            return TypedResults.NotFound();
        }
        var treatments = await db.AgendaItems.AsNoTracking().Where(i => i.MatterId == id)
            .OrderBy(i => i.Meeting!.Date).ThenBy(i => i.SortOrder)
            .Select(i => new TreatmentDto(i.Id, i.MeetingId, i.Meeting!.Body!.ShortName, i.Meeting.Date,
                i.CaseYear == null ? null : i.CaseYear + "." + i.CaseSequence, i.Title, i.Origin, i.PreviousItemId, i.State))
            .ToListAsync();
        return TypedResults.Ok(new MatterDto(matter.Id, matter.Title, matter.OriginBodyId, treatments));
    }

    private static async Task<Ok<List<FollowUpDto>>> ListFollowUps(string community, AppDbContext db, FollowUpStatus? status) =>
        TypedResults.Ok(await db.FollowUpTasks.AsNoTracking()
            .Where(t => status == null || t.Status == status)
            .OrderBy(t => t.DueDate)
            .Select(t => new FollowUpDto(t.Id, t.Title, t.Status, t.OwnerPersonId, t.OwnerBodyId, t.DueDate, t.TargetMeetingId, t.SourceAgendaItemId, t.SourcePointNumber, t.MatterId))
            .ToListAsync());

    /// <summary>Attachments by item, without their extracted text (which the API does not give).</summary>
    private static async Task<ILookup<int, AttachmentDto>> AttachmentsAsync(AppDbContext db, System.Linq.Expressions.Expression<Func<Attachment, bool>> which) =>
        (await db.Attachments.AsNoTracking().Where(which).OrderBy(a => a.SortOrder)
            .Select(a => new { a.AgendaItemId, Dto = new AttachmentDto(a.Id, a.Title, a.FileName, a.Kind, a.SizeBytes, a.Sha256) })
            .ToListAsync())
        .ToLookup(a => a.AgendaItemId, a => a.Dto);

    private static AgendaItemDto ToDto(AgendaItem i, IEnumerable<AttachmentDto> attachments) => new(
        i.Id, i.MeetingId, i.MatterId, i.SortOrder, i.CaseNumber, i.Kind, i.Title,
        AgendaTypes.All.Where(t => i.Types.HasFlag(t)).ToList(),
        i.Responsible.OrderBy(r => r.SortOrder).Select(r => r.Name).ToList(),
        i.Description, i.ProposedConclusion, i.IsRestricted, i.RestrictionGround, i.State, i.Origin, i.PreviousItemId,
        attachments.ToList());
}

public sealed record MeetingPlanDto(int Id, int BodyId, string Body, int Year, DateTime? AdoptedAtUtc, IReadOnlyList<MeetingPlanEntryDto> Entries);

public sealed record MeetingPlanEntryDto(DateOnly Date, TimeOnly StartTime, TimeOnly EndTime, string? Location, int? PreparatoryBodyId, DateOnly? PreparatoryDate, int? MeetingId);

public sealed record MeetingSummaryDto(int Id, int BodyId, string Body, DateOnly Date, TimeOnly StartTime, TimeOnly EndTime, string? Location,
    MeetingStatus Status, int NoticeRevision, MinutesStatus MinutesStatus);

public sealed record MeetingDto(MeetingSummaryDto Meeting, IReadOnlyList<AgendaItemDto> AgendaItems);

public sealed record AgendaItemDto(int Id, int MeetingId, int MatterId, int Position, string? CaseNumber, AgendaItemKind Kind, string Title,
    IReadOnlyList<AgendaItemTypes> Types, IReadOnlyList<string> Responsible, string? Description, string? ProposedConclusion,
    bool IsRestricted, string? RestrictionGround, AgendaItemState State, ItemOrigin Origin, int? PreviousItemId, IReadOnlyList<AttachmentDto> Attachments);

public sealed record AttachmentDto(int Id, string Title, string FileName, AttachmentKind Kind, long SizeBytes, string Sha256);

public sealed record ParticipantDto(int PersonId, string Name, ParticipantRole Role, AttendanceResponse Response, AttendanceStatus Attendance,
    int? SubstituteForPersonId, bool IsChair, bool IsMinuteTaker);

public sealed record MinutesDto(int MeetingId, MinutesStatus Status, DateTime? ApprovedAtUtc, MinutesApproval? ApprovedBy, IReadOnlyList<MinutesItemDto> Items);

public sealed record MinutesItemDto(int AgendaItemId, string? CaseNumber, string Title, string? Summary, IReadOnlyList<string> ConclusionPoints);

public sealed record MatterDto(int Id, string Title, int? OriginBodyId, IReadOnlyList<TreatmentDto> Treatments);

public sealed record TreatmentDto(int AgendaItemId, int MeetingId, string Body, DateOnly Date, string? CaseNumber, string Title, ItemOrigin Origin, int? PreviousItemId, AgendaItemState State);

public sealed record FollowUpDto(int Id, string Title, FollowUpStatus Status, int? OwnerPersonId, int? OwnerBodyId, DateOnly? DueDate,
    int? TargetMeetingId, int? SourceAgendaItemId, int? SourcePointNumber, int? MatterId);
