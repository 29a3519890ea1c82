using System.Globalization;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Attendance;

/// <summary>
/// The secretariat's attendance page: the answers before the meeting, and on the day one table with a row per
/// person (attendance, role, substitute, chair, minute-taker), saved at once with a version check per row.
/// </summary>
public sealed class RecordModel(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    private static readonly StringComparer NameOrder = StringComparer.Create(WebSetup.Norwegian, ignoreCase: false);

    public Meeting Meeting { get; private set; } = null!;

    /// <summary>What the page shows of each participant, as stored, by participant id.</summary>
    public IReadOnlyDictionary<int, ParticipantView> Participants { get; private set; } = new Dictionary<int, ParticipantView>();

    [BindProperty]
    public List<ParticipantRow> Rows { get; set; } = [];

    [BindProperty]
    public AddParticipantInput Add { get; set; } = new();

    public IReadOnlyList<SelectListItem> PersonOptions { get; private set; } = [];

    /// <summary>The people in the meeting, for "substitute for".</summary>
    public IReadOnlyList<SelectListItem> SubstituteOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var onTheDay = Meeting.Date <= OsloTime.Today(clock);
        var stored = await db.MeetingParticipants.AsNoTracking().Where(p => p.MeetingId == id).ToListAsync();
        Rows = stored
            .OrderBy(p => p.Role).ThenBy(p => Participants[p.Id].Name, NameOrder)
            .Select(p => ParticipantRow.FromEntity(p, onTheDay))
            .ToList();
        await LoadOptionsAsync();
        return Page();
    }

    /// <summary>"Hent medlemmer": calls the body's members on the meeting date.</summary>
    public async Task<IActionResult> OnPostFillAsync(int id)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
        {
            return NotFound();
        }
        var added = await MeetingParticipants.AddFromMembershipsAsync(db, meeting);
        await db.SaveChangesAsync();
        TempData["Status"] = added == 0 ? l["Attendance.NoneToFill"].Value : l["Attendance.Filled", added].Value;
        return RedirectToPage(new { community = RouteData.Values["community"], id });
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var participants = await db.MeetingParticipants.Where(p => p.MeetingId == id).ToDictionaryAsync(p => p.Id);
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            // The form offers only valid choices; a value that does not bind was not typed by a person.
            return BadRequest();
        }
        if (Rows.RemoveAll(r => !participants.ContainsKey(r.Id)) > 0)
        {
            ModelState.AddModelError(string.Empty, l["Attendance.RemovedByOther"]);
        }
        // Values are shown from the model from here on, so refreshed versions reach the form.
        ModelState.Clear();
        await ValidateAsync(participants);
        ReportConflicts(participants);
        if (ModelState.ErrorCount > 0)
        {
            await LoadOptionsAsync();
            return Page();
        }

        foreach (var row in Rows)
        {
            var participant = participants[row.Id];
            if (row.Remove)
            {
                db.MeetingParticipants.Remove(participant);
                continue;
            }
            db.ExpectVersion(participant, row.Version);
            row.ApplyTo(participant);
        }
        if (Add.PersonId is { } personId)
        {
            db.MeetingParticipants.Add(new MeetingParticipant { MeetingId = id, PersonId = personId, Role = Add.Role, Attendance = Add.Attendance });
        }
        if (await db.TrySaveAsync(ModelState, l))
        {
            TempData["Status"] = l["Common.Saved"].Value;
            return RedirectToPage(new { community = RouteData.Values["community"], id });
        }
        // Someone saved between the check above and ours: nothing was saved; offer the rows again on today's versions.
        var versions = await db.MeetingParticipants.AsNoTracking().Where(p => p.MeetingId == id).ToDictionaryAsync(p => p.Id, p => p.Version);
        Rows.RemoveAll(r => !versions.ContainsKey(r.Id));
        Rows.ForEach(r => r.Version = versions[r.Id]);
        await LoadAsync(id);
        await LoadOptionsAsync();
        return Page();
    }

    private async Task ValidateAsync(Dictionary<int, MeetingParticipant> participants)
    {
        var kept = Rows.Where(r => !r.Remove).ToList();
        var chairs = Rows.Select((row, index) => (row, index)).Where(x => !x.row.Remove && x.row.IsChair).ToList();
        if (chairs.Count > 1)
        {
            ModelState.AddModelError(RowKey(chairs[1].index, nameof(ParticipantRow.IsChair)), l["Attendance.OneChair"]);
        }
        else if (chairs.Count == 0 && kept.Any(r => r.Attendance == AttendanceStatus.Present))
        {
            var first = Rows.FindIndex(r => !r.Remove);
            ModelState.AddModelError(RowKey(first, nameof(ParticipantRow.IsChair)), l["Attendance.ChairRequired"]);
        }

        var inMeeting = kept.Select(r => participants[r.Id].PersonId).ToHashSet();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            if (row.Remove || row.SubstituteForPersonId is not { } substituteFor)
            {
                continue;
            }
            var name = Participants[row.Id].Name;
            if (substituteFor == participants[row.Id].PersonId)
            {
                ModelState.AddModelError(RowKey(i, nameof(ParticipantRow.SubstituteForPersonId)), l["Attendance.SubstituteForSelf", name]);
            }
            else if (!inMeeting.Contains(substituteFor))
            {
                ModelState.AddModelError(RowKey(i, nameof(ParticipantRow.SubstituteForPersonId)), l["Attendance.SubstituteNotInMeeting", name]);
            }
        }

        if (Add.PersonId is { } personId)
        {
            var addKey = $"{nameof(Add)}.{nameof(AddParticipantInput.PersonId)}";
            var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.Name).SingleOrDefaultAsync();
            if (person is null)
            {
                ModelState.AddModelError(addKey, l["Validation.ValueIsInvalid", personId]);
            }
            else if (participants.Values.Any(p => p.PersonId == personId))
            {
                ModelState.AddModelError(addKey, l["Attendance.AlreadyParticipant", person]);
            }
        }
    }

    /// <summary>Rows someone else changed since the form was opened: told, with what is stored now, and kept as typed.</summary>
    private void ReportConflicts(Dictionary<int, MeetingParticipant> participants)
    {
        for (var i = 0; i < Rows.Count; i++)
        {
            var stored = participants[Rows[i].Id];
            if (stored.Version == Rows[i].Version)
            {
                continue;
            }
            ModelState.AddModelError(RowKey(i, nameof(ParticipantRow.Attendance)), l["Attendance.Conflict",
                Participants[stored.Id].Name, l.Enum(stored.Attendance), l.Enum(stored.Role)]);
            Rows[i].Version = stored.Version;
        }
    }

    private static string RowKey(int index, string field) => $"{nameof(Rows)}[{index}].{field}";

    private async Task<bool> LoadAsync(int id)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Body).SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
        {
            return false;
        }
        Meeting = meeting;
        var stored = await db.MeetingParticipants.AsNoTracking()
            .Where(p => p.MeetingId == id)
            .Select(p => new { p.Id, p.PersonId, p.Person!.Name, p.Person.Employer, p.Role, p.Response, p.Note, p.Attendance, p.SubstituteForPersonId })
            .ToListAsync();
        var partners = await db.Memberships.AsNoTracking()
            .Where(m => m.BodyId == meeting.BodyId && m.From <= meeting.Date && (m.To == null || m.To >= meeting.Date) && m.Partner != null)
            .Select(m => new { m.PersonId, m.Role, Partner = m.Partner!.Name })
            .ToListAsync();
        var partnerOf = partners.GroupBy(m => m.PersonId).ToDictionary(g => g.Key, g => g.MinBy(m => m.Role)!.Partner);
        Participants = stored.ToDictionary(p => p.Id, p => new ParticipantView(
            p.Id, p.PersonId, p.Name, partnerOf.GetValueOrDefault(p.PersonId) ?? p.Employer, p.Role, p.Response, p.Note, p.Attendance));
        return true;
    }

    private async Task LoadOptionsAsync()
    {
        var called = Participants.Values.Select(p => p.PersonId).ToHashSet();
        PersonOptions = (await db.People.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.Employer }).ToListAsync())
            .Where(p => !called.Contains(p.Id))
            .Select(p => new SelectListItem(p.Employer is null ? p.Name : $"{p.Name}, {p.Employer}", p.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        SubstituteOptions = Participants.Values
            .OrderBy(p => p.Name, NameOrder)
            .Select(p => new SelectListItem(p.Name, p.PersonId.ToString(CultureInfo.InvariantCulture)))
            .ToList();
    }

}

/// <summary>A participant as the page shows them.</summary>
public sealed record ParticipantView(
    int Id, int PersonId, string Name, string? Partner, ParticipantRole Role, AttendanceResponse Response, string? Note, AttendanceStatus Attendance);

/// <summary>One row of the attendance form.</summary>
public sealed class ParticipantRow
{
    public int Id { get; set; }

    public int Version { get; set; }

    public AttendanceStatus Attendance { get; set; }

    public ParticipantRole Role { get; set; }

    public int? SubstituteForPersonId { get; set; }

    public bool IsChair { get; set; }

    public bool IsMinuteTaker { get; set; }

    public bool Remove { get; set; }

    /// <summary>On the day, attendance not yet recorded is proposed from the person's answer.</summary>
    public static ParticipantRow FromEntity(MeetingParticipant p, bool onTheDay) => new()
    {
        Id = p.Id,
        Version = p.Version,
        Attendance = p.Attendance != AttendanceStatus.Unknown || !onTheDay
            ? p.Attendance
            : p.Response switch
            {
                AttendanceResponse.Coming => AttendanceStatus.Present,
                AttendanceResponse.NotComing => AttendanceStatus.Absent,
                _ => AttendanceStatus.Unknown,
            },
        Role = p.Role,
        SubstituteForPersonId = p.SubstituteForPersonId,
        IsChair = p.IsChair,
        IsMinuteTaker = p.IsMinuteTaker,
    };

    public void ApplyTo(MeetingParticipant p)
    {
        p.Attendance = Attendance;
        p.Role = Role;
        p.SubstituteForPersonId = SubstituteForPersonId;
        p.IsChair = IsChair;
        p.IsMinuteTaker = IsMinuteTaker;
    }
}

/// <summary>Someone to add: an observer, a guest, a substitute who was not called.</summary>
public sealed class AddParticipantInput
{
    public int? PersonId { get; set; }

    public ParticipantRole Role { get; set; } = ParticipantRole.Guest;

    public AttendanceStatus Attendance { get; set; }
}
