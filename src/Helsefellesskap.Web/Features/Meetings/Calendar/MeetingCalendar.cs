using System.Globalization;
using Helsefellesskap.Web.Features.Meetings.Publishing;
using Helsefellesskap.Web.Infrastructure.Email;
using Helsefellesskap.Web.Infrastructure.Localization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Helsefellesskap.Web.Features.Meetings.Calendar;

/// <summary>
/// Meetings as iCalendar (RFC 5545): feeds to subscribe to (PUBLISH) and e-mail invitations (REQUEST/CANCEL).
/// Each meeting keeps one UID and raises SEQUENCE when it changes, so clients update the same event;
/// a cancelled meeting stays with STATUS:CANCELLED so clients remove it.
/// </summary>
public sealed class MeetingCalendar(IOptions<EmailOptions> options, IStringLocalizer<SharedResource> l, TimeProvider clock, MeetingLinks links)
{
    public const string ContentType = "text/calendar; charset=utf-8";
    public const string TimeZoneId = "Europe/Oslo";
    public const string UidDomain = "helsefellesskap";
    private const string ProductId = "-//Helsefellesskap//Motekalender//NO";

    public static string UidOf(Meeting meeting) => $"{meeting.CalendarUid}@{UidDomain}";

    /// <summary>REQUEST for a meeting to keep in the calendar, CANCEL for a cancelled one.</summary>
    public static string InvitationMethod(Meeting meeting) =>
        meeting.Status == MeetingStatus.Cancelled ? CalendarMethods.Cancel : CalendarMethods.Request;

    /// <summary>A feed of the meetings (with <see cref="Meeting.Body"/> loaded), for anyone or for the body's own people.</summary>
    public string Feed(string name, IReadOnlyCollection<Meeting> meetings, CalendarAudience audience)
    {
        var calendar = NewCalendar(CalendarMethods.Publish, meetings);
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", TimeZoneId);
        foreach (var meeting in meetings.OrderBy(m => m.Date).ThenBy(m => m.StartTime))
        {
            calendar.Events.Add(ToEvent(meeting, audience));
        }
        return Serialize(calendar);
    }

    /// <summary>
    /// An invitation for one participant (with <see cref="MeetingParticipant.Person"/> loaded), or its
    /// cancellation when the meeting is cancelled.
    /// </summary>
    public string Invitation(Meeting meeting, MeetingParticipant recipient)
    {
        var person = recipient.Person ?? throw new InvalidOperationException("The participant's person is not loaded.");
        var address = person.Email?.Trim() is { Length: > 0 } email ? email : throw new InvalidOperationException("The participant has no e-mail address.");
        var calendar = NewCalendar(InvitationMethod(meeting), [meeting]);
        var settings = options.Value;
        var calendarEvent = ToEvent(meeting, CalendarAudience.Members);
        calendarEvent.Organizer = new Organizer($"mailto:{settings.FromAddress}") { CommonName = settings.FromName };
        calendarEvent.Attendees.Add(new Attendee($"mailto:{address}")
        {
            CommonName = person.Name,
            Role = recipient.Role is ParticipantRole.Observer or ParticipantRole.Guest
                ? ParticipationRole.OptionalParticipant
                : ParticipationRole.RequiredParticipant,
            ParticipationStatus = recipient.Response switch
            {
                AttendanceResponse.Coming => EventParticipationStatus.Accepted,
                AttendanceResponse.NotComing => EventParticipationStatus.Declined,
                _ => EventParticipationStatus.NeedsAction,
            },
            // Answers go through the link in the e-mail, not as replies to the no-reply organiser.
            Rsvp = false,
        });
        calendar.Events.Add(calendarEvent);
        return Serialize(calendar);
    }

    /// <summary>A calendar with the Oslo time zone, which also keeps an empty feed valid (RFC 5545 wants a component).</summary>
    private Ical.Net.Calendar NewCalendar(string method, IReadOnlyCollection<Meeting> meetings)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = method };
        // Ical.Net refuses a start later than today, so a calendar of future meetings starts from today.
        var earliest = meetings.Select(m => m.Date).Append(OsloTime.Today(clock)).Min();
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(TimeZoneId, earliest.ToDateTime(TimeOnly.MinValue), includeHistoricalData: false));
        return calendar;
    }

    private CalendarEvent ToEvent(Meeting meeting, CalendarAudience audience)
    {
        var body = meeting.Body ?? throw new InvalidOperationException("The meeting's body is not loaded.");
        var cancelled = meeting.Status == MeetingStatus.Cancelled;
        // The topic is the notice's "Tema" line: the public sees it with the notice, like the agenda.
        var topic = audience == CalendarAudience.Members ? meeting.Topic : MeetingPublicity.PublicTopic(meeting);
        var summary = string.IsNullOrWhiteSpace(topic)
            ? l["Calendar.Summary", body.ShortName].Value
            : l["Calendar.SummaryWithTopic", body.ShortName, topic].Value;
        var page = audience == CalendarAudience.Public ? links.PublicMeetingPage(meeting.Id) : links.MeetingPage(meeting.Id);
        return new CalendarEvent
        {
            Uid = UidOf(meeting),
            Sequence = meeting.CalendarSequence,
            DtStamp = new CalDateTime(clock.GetUtcNow().UtcDateTime, CalDateTime.UtcTzId),
            DtStart = new CalDateTime(meeting.Date, meeting.StartTime, TimeZoneId),
            DtEnd = new CalDateTime(meeting.Date, meeting.EndTime, TimeZoneId),
            Summary = cancelled ? l["Calendar.CancelledSummary", summary].Value : summary,
            Location = meeting.Location,
            Description = l["Calendar.Description", body.Name, page].Value,
            Url = new Uri(page),
            Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Transparency = cancelled ? TransparencyType.Transparent : TransparencyType.Opaque,
        };
    }

    private static string Serialize(Ical.Net.Calendar calendar)
    {
        // Ical.Net formats numbers in the current culture, and Norwegian would write the minus of BYDAY=-1SU as U+2212.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return new CalendarSerializer().SerializeToString(calendar) ?? throw new InvalidOperationException("The calendar could not be written.");
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}

/// <summary>Who reads a calendar: anyone (public meeting pages, only what is published) or the meeting's own people.</summary>
public enum CalendarAudience
{
    Public,
    Members,
}
