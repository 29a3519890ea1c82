using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Meetings;

/// <summary>A meeting of a body, from the plan through notice, attendance and minutes.</summary>
public class Meeting : TenantEntity, IPublicContent
{
    public int BodyId { get; set; }

    public Body? Body { get; set; }

    /// <summary>Local (Europe/Oslo) date and times, as people read them in the notice.</summary>
    public DateOnly Date { get; set; }

    public TimeOnly StartTime { get; set; }

    public TimeOnly EndTime { get; set; }

    [MaxLength(300)]
    public string? Location { get; set; }

    /// <summary>The notice's "Til" line, e.g. "SSUs faste medlemmer".</summary>
    [MaxLength(300)]
    public string? Addressees { get; set; }

    /// <summary>The notice's "Tema" line.</summary>
    [MaxLength(300)]
    public string? Topic { get; set; }

    public MeetingStatus Status { get; set; }

    /// <summary>The meeting this one prepares, e.g. an AU meeting before SSU.</summary>
    public int? PreparesMeetingId { get; set; }

    public Meeting? PreparesMeeting { get; set; }

    public int? MeetingPlanEntryId { get; set; }

    /// <summary>Stable iCalendar UID: calendar clients update the same event when the meeting changes.</summary>
    [MaxLength(100)]
    public string CalendarUid { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>iCalendar SEQUENCE, raised whenever time, place or status changes.</summary>
    public int CalendarSequence { get; set; }

    /// <summary>0 until the notice is issued; 2 and up mark revised notices.</summary>
    public int NoticeRevision { get; set; }

    public DateTime? NoticeIssuedAtUtc { get; set; }

    public MinutesStatus MinutesStatus { get; set; }

    public DateTime? MinutesCirculatedAtUtc { get; set; }

    public DateTime? MinutesApprovedAtUtc { get; set; }

    /// <summary>How the minutes were approved: at a later meeting's approval item, or by the chair.</summary>
    public MinutesApproval? MinutesApprovedBy { get; set; }

    /// <summary>The agenda item (in a later meeting) where these minutes were approved.</summary>
    public int? MinutesApprovedInAgendaItemId { get; set; }

    public DateTime? MinutesPublishedAtUtc { get; set; }

    public List<AgendaItem> AgendaItems { get; set; } = [];

    public List<MeetingParticipant> Participants { get; set; } = [];

    public bool NoticeIssued => NoticeRevision > 0;

    /// <summary>Start as an instant, for calendars and ordering across time zones.</summary>
    public DateTime StartsAtUtc => Infrastructure.Localization.OsloTime.ToUtc(Date, StartTime);

    public DateTime EndsAtUtc => Infrastructure.Localization.OsloTime.ToUtc(Date, EndTime);
}

public enum MeetingStatus
{
    Planned,
    NoticeIssued,
    Held,
    Cancelled,
}

public enum MinutesStatus
{
    NotStarted,
    Draft,
    Circulated,
    Approved,
}

public enum MinutesApproval
{
    AtMeeting,
    ByChair,
}
