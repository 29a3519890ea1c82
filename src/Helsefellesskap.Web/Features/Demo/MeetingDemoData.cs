using System.Globalization;
using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Features.FollowUps;
using Helsefellesskap.Web.Features.Matters;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Meetings.Agenda;
using Helsefellesskap.Web.Features.Meetings.Plans;
using Helsefellesskap.Web.Features.Memberships;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Features.People;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;

namespace Helsefellesskap.Web.Features.Demo;

/// <summary>
/// What the meeting data builds on: one community's saved register, today's date in Oslo, and the request-scoped services
/// of the seeding (uploading attachments as the secretariat does).
/// </summary>
internal sealed record DemoRegister(
    AppDbContext Db, int CommunityId, IReadOnlyDictionary<string, Partner> Partners, IReadOnlyDictionary<string, Body> Bodies,
    IReadOnlyDictionary<string, Person> People, IReadOnlyList<Membership> Memberships, DateOnly Today, IServiceProvider Services);

/// <summary>
/// The meetings of Helsefellesskapet i Vestfold, rebuilt from the notices and minutes in the seed documents, with the real
/// people replaced by the demo people holding the same roles; then the current and next year's plan and a draft agenda.
/// </summary>
internal static partial class VestfoldMeetings
{
    public static async Task SeedAsync(DemoRegister register)
    {
        var w = new DemoMeetingWriter(register);
        Seed2022(w);
        var year2024 = Seed2024(w);
        var upcoming = SeedUpcoming(w, year2024);
        await CaseNumbering.RenumberAsync(register.Db, upcoming.BodyId, upcoming.Date.Year);
        await register.Db.SaveChangesAsync();
        w.ApplyIdLinks();
        await register.Db.SaveChangesAsync();
        await VestfoldAttachments.SeedAsync(register);
    }
}

/// <summary>
/// Adds meetings, agenda items, matters, participants and follow-up tasks to the context, linked by navigation properties.
/// Links that exist only as ids are kept until <see cref="ApplyIdLinks"/>, after the first save.
/// </summary>
internal sealed class DemoMeetingWriter(DemoRegister register)
{
    private static readonly TimeOnly Noon = new(12, 0);

    private readonly AppDbContext db = register.Db;
    private readonly List<Action> idLinks = [];

    public DateOnly Today => register.Today;

    public Body Body(string shortName) =>
        register.Bodies.TryGetValue(shortName, out var body) ? body : throw new InvalidOperationException($"Demo data: unknown body '{shortName}'.");

    public Person Person(string name) =>
        register.People.TryGetValue(name, out var person) ? person : throw new InvalidOperationException($"Demo data: unknown person '{name}'.");

    public static DateOnly Date(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TimeOnly Time(string value) => TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture);

    public static DateTime Utc(DateOnly date, int hour = 12) => OsloTime.ToUtc(date, new TimeOnly(hour, 0));

    public Meeting Meeting(string body, string date, string start, string end, string? location, string? addressees = null, string? topic = null) =>
        Meeting(Body(body), Date(date), Time(start), Time(end), location, addressees, topic);

    public Meeting Meeting(Body body, DateOnly date, TimeOnly start, TimeOnly end, string? location, string? addressees = null, string? topic = null)
    {
        var meeting = new Meeting
        {
            CommunityId = register.CommunityId,
            Body = body,
            BodyId = body.Id,
            Date = date,
            StartTime = start,
            EndTime = end,
            Location = location,
            Addressees = addressees,
            Topic = topic,
            Status = MeetingStatus.Planned,
        };
        db.Meetings.Add(meeting);
        return meeting;
    }

    /// <summary>The notice went out two weeks before, as the secretariat usually sends it.</summary>
    public static void IssueNotice(Meeting meeting)
    {
        meeting.NoticeRevision = 1;
        meeting.NoticeIssuedAtUtc = Utc(meeting.Date.AddDays(-14));
        meeting.Status = MeetingStatus.NoticeIssued;
    }

    /// <summary>Held, and its minutes circulated a week later, approved on <paramref name="approvedOn"/> and published the day after.</summary>
    public static void ApproveMinutes(Meeting meeting, MinutesApproval approvedBy, DateOnly approvedOn)
    {
        meeting.Status = MeetingStatus.Held;
        meeting.MinutesStatus = MinutesStatus.Approved;
        meeting.MinutesCirculatedAtUtc = Utc(meeting.Date.AddDays(7));
        meeting.MinutesApprovedBy = approvedBy;
        meeting.MinutesApprovedAtUtc = Utc(approvedOn, 15);
        meeting.MinutesPublishedAtUtc = Utc(approvedOn.AddDays(1));
    }

    /// <summary>The minutes of <paramref name="meeting"/> were approved at <paramref name="item"/> in a later meeting.</summary>
    public void ApprovedAt(Meeting meeting, AgendaItem item)
    {
        ApproveMinutes(meeting, MinutesApproval.AtMeeting, item.Meeting!.Date);
        idLinks.Add(() => meeting.MinutesApprovedInAgendaItemId = item.Id);
    }

    /// <summary>
    /// An agenda item. <paramref name="number"/> ("2024.28") is the frozen case number of an issued notice; without it the item
    /// is unnumbered, or (<paramref name="numbered"/>) waits for <see cref="CaseNumbering"/>. It joins the matter of
    /// <paramref name="previous"/>, or starts one of its own.
    /// </summary>
    public AgendaItem Item(
        Meeting meeting, string? number, string title, AgendaItemTypes types = AgendaItemTypes.None,
        AgendaItemKind kind = AgendaItemKind.Regular, string? description = null, string? proposed = null,
        string? summary = null, string? conclusion = null, string[]? responsible = null,
        AgendaItem? previous = null, ItemOrigin origin = ItemOrigin.New, AgendaItemState state = AgendaItemState.Active,
        Meeting? approvesMinutesOf = null, bool? numbered = null)
    {
        var parts = number?.Split('.');
        var item = new AgendaItem
        {
            CommunityId = register.CommunityId,
            Meeting = meeting,
            Matter = previous?.Matter ?? new Matter
            {
                CommunityId = register.CommunityId,
                Title = title,
                OriginBody = meeting.Body,
                CreatedAtUtc = CreatedAt(meeting),
            },
            SortOrder = meeting.AgendaItems.Count + 1,
            Kind = kind,
            Numbered = numbered ?? number is not null,
            CaseYear = parts is null ? null : int.Parse(parts[0], CultureInfo.InvariantCulture),
            CaseSequence = parts is null ? null : int.Parse(parts[1], CultureInfo.InvariantCulture),
            NumberFrozen = number is not null,
            Title = title,
            Types = types,
            Description = description,
            ProposedConclusion = proposed,
            MinutesSummary = summary,
            Conclusion = conclusion,
            State = state,
            Origin = origin,
            PreviousItem = previous,
            ApprovesMinutesOfMeeting = approvesMinutesOf,
        };
        foreach (var name in responsible ?? [])
        {
            var person = register.People.GetValueOrDefault(name);
            item.Responsible.Add(new AgendaItemResponsible
            {
                CommunityId = register.CommunityId,
                PersonId = person?.Id,
                Name = name,
                SortOrder = item.Responsible.Count + 1,
            });
        }
        meeting.AgendaItems.Add(item);
        return item;
    }

    public AgendaItem Break(Meeting meeting) => Item(meeting, null, "Pause", kind: AgendaItemKind.Break);

    public void CasePaper(AgendaItem item, string caseworker, string caseType, string background, string? assessment, string? proposedResolution) =>
        item.CasePaper = new CasePaper
        {
            CommunityId = register.CommunityId,
            Caseworker = caseworker,
            CaseType = caseType,
            Background = background,
            Assessment = assessment,
            ProposedResolution = proposedResolution,
        };

    public MeetingParticipant Participant(
        Meeting meeting, string name, ParticipantRole role, AttendanceResponse response, AttendanceStatus attendance,
        bool chair = false, bool minuteTaker = false, string? substituteFor = null, string? note = null)
    {
        var participant = new MeetingParticipant
        {
            CommunityId = register.CommunityId,
            Meeting = meeting,
            PersonId = Person(name).Id,
            Role = role,
            SubstituteForPersonId = substituteFor is null ? null : Person(substituteFor).Id,
            Response = response,
            RespondedAtUtc = response == AttendanceResponse.NoAnswer ? null : (meeting.NoticeIssuedAtUtc ?? Utc(meeting.Date.AddDays(-14))).AddDays(3),
            Attendance = attendance,
            IsChair = chair,
            IsMinuteTaker = minuteTaker,
            Note = note,
        };
        meeting.Participants.Add(participant);
        return participant;
    }

    /// <summary>Attended, as the minutes' list of participants says.</summary>
    public void Present(Meeting meeting, ParticipantRole role, params string[] names)
    {
        foreach (var name in names)
        {
            Participant(meeting, name, role, AttendanceResponse.Coming, AttendanceStatus.Present);
        }
    }

    /// <summary>Sent apologies (forfall).</summary>
    public void Absent(Meeting meeting, ParticipantRole role, params string[] names)
    {
        foreach (var name in names)
        {
            Participant(meeting, name, role, AttendanceResponse.NotComing, AttendanceStatus.Absent);
        }
    }

    /// <summary>
    /// Calls everyone who holds a seat in the body on the meeting day, deputies excepted (they come only in someone's place)
    /// and observers if the minutes leave them out: the chair chairs and the minute-taker takes the minutes.
    /// </summary>
    public void CallMembers(Meeting meeting, AttendanceResponse response, AttendanceStatus attendance, bool observers = true)
    {
        var seats = register.Memberships
            .Where(m => m.BodyId == meeting.BodyId && m.IsCurrentOn(meeting.Date) && m.Role != MembershipRole.Deputy)
            .Where(m => observers || m.Role != MembershipRole.Observer)
            .GroupBy(m => m.Person!.Name)
            .Select(g => g.MinBy(m => m.Role)!);
        foreach (var seat in seats.OrderBy(s => s.Role))
        {
            var role = seat.Role switch
            {
                MembershipRole.Observer => ParticipantRole.Observer,
                MembershipRole.Secretariat or MembershipRole.MinuteTaker => ParticipantRole.Secretariat,
                _ => ParticipantRole.Member,
            };
            Participant(meeting, seat.Person!.Name, role, response, attendance,
                chair: seat.Role == MembershipRole.Chair, minuteTaker: seat.Role == MembershipRole.MinuteTaker);
        }
    }

    public MeetingParticipant Participant(Meeting meeting, string name) =>
        meeting.Participants.Single(p => p.PersonId == Person(name).Id);

    /// <summary>The person chairing the body on a date, by the register.</summary>
    public string ChairOn(Body body, DateOnly date) =>
        register.Memberships.First(m => m.BodyId == body.Id && m.Role == MembershipRole.Chair && m.IsCurrentOn(date)).Person!.Name;

    /// <summary>A task from point <paramref name="point"/> of an item's conclusion, in the item's matter.</summary>
    public FollowUpTask Task(
        AgendaItem source, int point, string title, FollowUpStatus status, DateOnly? due,
        string? ownerPerson = null, string? ownerBody = null, Meeting? target = null, string? notes = null)
    {
        var task = new FollowUpTask
        {
            CommunityId = register.CommunityId,
            Title = title,
            Notes = notes,
            Status = status,
            OwnerPerson = ownerPerson is null ? null : Person(ownerPerson),
            OwnerBody = ownerBody is null ? null : Body(ownerBody),
            DueDate = due,
            TargetMeeting = target,
            SourceAgendaItem = source,
            SourcePointNumber = point,
            Matter = source.Matter,
            CreatedAtUtc = Utc(source.Meeting!.Date, 16),
        };
        db.FollowUpTasks.Add(task);
        return task;
    }

    /// <summary>The item was put on the agenda from the task.</summary>
    public void FromTask(AgendaItem item, FollowUpTask task) => idLinks.Add(() => item.FromFollowUpTaskId = task.Id);

    /// <summary>One planned meeting: the body's meeting, and its preparatory meeting (e.g. AU before SSU) if any.</summary>
    public sealed record PlannedMeeting(DateOnly Date, TimeOnly Start, TimeOnly End, string? Location, DateOnly? PreparatoryDate = null);

    /// <summary>
    /// An adopted meeting plan with the meetings adopting it created: the body's and the preparatory body's, both planned.
    /// </summary>
    public List<Meeting> AdoptedPlan(
        string body, int year, DateTime adoptedAtUtc, string note, IEnumerable<PlannedMeeting> planned,
        string? preparatoryBody = null, TimeOnly? preparatoryStart = null, TimeOnly? preparatoryEnd = null)
    {
        var plan = new MeetingPlan { CommunityId = register.CommunityId, Body = Body(body), Year = year, AdoptedAtUtc = adoptedAtUtc, Note = note };
        db.MeetingPlans.Add(plan);
        var meetings = new List<Meeting>();
        foreach (var p in planned)
        {
            var entry = new MeetingPlanEntry
            {
                CommunityId = register.CommunityId,
                Date = p.Date,
                StartTime = p.Start,
                EndTime = p.End,
                Location = p.Location,
            };
            if (preparatoryBody is not null && p.PreparatoryDate is { } preparatoryDate)
            {
                entry.PreparatoryBodyId = Body(preparatoryBody).Id;
                entry.PreparatoryDate = preparatoryDate;
                entry.PreparatoryStartTime = preparatoryStart;
                entry.PreparatoryEndTime = preparatoryEnd;
            }
            plan.Entries.Add(entry);
            var (meeting, preparatory) = MeetingPlanAdoption.MeetingsFor(entry, plan.Body.Id);
            foreach (var created in new[] { meeting, preparatory }.OfType<Meeting>())
            {
                created.CommunityId = register.CommunityId;
                db.Meetings.Add(created);
                idLinks.Add(() => created.MeetingPlanEntryId = entry.Id);
            }
            meetings.Add(meeting);
            idLinks.Add(() => entry.MeetingId = meeting.Id);
        }
        return meetings;
    }

    /// <summary>Sets the links that need the ids the first save gave.</summary>
    public void ApplyIdLinks()
    {
        foreach (var link in idLinks)
        {
            link();
        }
    }

    private DateTime CreatedAt(Meeting meeting) =>
        meeting.NoticeIssuedAtUtc ?? Utc(DateOnly.FromDayNumber(Math.Min(meeting.Date.AddDays(-21).DayNumber, Today.AddDays(-1).DayNumber)), 9);
}
