using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Features.Meetings.Notice;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings;

/// <summary>
/// Creates a meeting outside the plan (no id) or changes one. A change of time, place or status raises
/// the calendar SEQUENCE so that calendars update the same event.
/// </summary>
public sealed class EditModel(AppDbContext db, AuditView audit, NoticeMailer mailer, IStringLocalizer<SharedResource> l)
    : EditPageModel<Meeting, MeetingInput>(db, audit, l)
{
    private bool wasCancelled;
    [BindProperty(SupportsGet = true, Name = "organ")]
    public int? BodyId { get; set; }

    public IReadOnlyList<SelectListItem> BodyOptions { get; private set; } = [];

    public string? BodyName { get; private set; }

    protected override Meeting NewEntity() => new() { BodyId = Input.BodyId!.Value };

    protected override void InitialiseNew()
    {
        Input.BodyId = BodyId;
        Input.StartTime = new TimeOnly(12, 0);
        Input.EndTime = new TimeOnly(15, 0);
    }

    protected override void BeforeApply(Meeting meeting) => wasCancelled = meeting.Status == MeetingStatus.Cancelled;

    /// <summary>Those called to a meeting hear when it is cancelled, with a calendar cancellation of the same event.</summary>
    protected override async Task OnSavedAsync(Meeting meeting)
    {
        if (meeting.Status != MeetingStatus.Cancelled || wasCancelled || !meeting.NoticeIssued)
        {
            return;
        }
        await Db.Entry(meeting).Reference(m => m.Body).LoadAsync();
        var recipients = await Db.MeetingParticipants.Include(p => p.Person)
            .Where(p => p.MeetingId == meeting.Id && p.Person!.Email != null)
            .ToListAsync();
        await mailer.SendCancellationAsync(meeting, recipients);
    }

    protected override async Task ValidateAsync()
    {
        if (Input.StartTime is { } start && Input.EndTime is { } end && end <= start)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(MeetingInput.EndTime)}", L["Validation.MeetingEndsBeforeStart"]);
        }
        if (Id is null && (Input.BodyId is not { } bodyId || !await Db.Bodies.AnyAsync(b => b.Id == bodyId)))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(MeetingInput.BodyId)}", L["Validation.Required", L["Meeting.BodyId"]]);
        }
    }

    protected override async Task LoadOptionsAsync()
    {
        BodyOptions = await Db.Bodies.AsNoTracking().OrderBy(b => b.Name)
            .Select(b => new SelectListItem(b.Name + " (" + b.ShortName + ")", b.Id.ToString())).ToListAsync();
        if (Id is { } id)
        {
            BodyName = await Db.Meetings.Where(m => m.Id == id).Select(m => m.Body!.Name).SingleOrDefaultAsync();
        }
    }
}

public sealed class MeetingInput : IEntityInput<Meeting, MeetingInput>
{
    [Display(Name = "Meeting.BodyId")]
    public int? BodyId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Meeting.Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Meeting.StartTime")]
    public TimeOnly? StartTime { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Meeting.EndTime")]
    public TimeOnly? EndTime { get; set; }

    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Meeting.Location")]
    public string? Location { get; set; }

    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Meeting.Addressees")]
    public string? Addressees { get; set; }

    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Meeting.Topic")]
    public string? Topic { get; set; }

    [Display(Name = "Meetings.IsCancelled")]
    public bool IsCancelled { get; set; }

    public int Version { get; set; }

    public static MeetingInput FromEntity(Meeting m) => new()
    {
        BodyId = m.BodyId,
        Date = m.Date,
        StartTime = m.StartTime,
        EndTime = m.EndTime,
        Location = m.Location,
        Addressees = m.Addressees,
        Topic = m.Topic,
        IsCancelled = m.Status == MeetingStatus.Cancelled,
        Version = m.Version,
    };

    public void ApplyTo(Meeting m)
    {
        var location = Location.TrimToNull();
        var calendarChanged = m.Id == 0 || m.Date != Date || m.StartTime != StartTime || m.EndTime != EndTime
            || m.Location != location || (m.Status == MeetingStatus.Cancelled) != IsCancelled;
        m.Date = Date!.Value;
        m.StartTime = StartTime!.Value;
        m.EndTime = EndTime!.Value;
        m.Location = location;
        m.Addressees = Addressees.TrimToNull();
        m.Topic = Topic.TrimToNull();
        if (IsCancelled)
        {
            m.Status = MeetingStatus.Cancelled;
        }
        else if (m.Status == MeetingStatus.Cancelled)
        {
            m.Status = m.NoticeIssued ? MeetingStatus.NoticeIssued : MeetingStatus.Planned;
        }
        if (calendarChanged && m.Id != 0)
        {
            m.CalendarSequence++;
        }
    }

}
