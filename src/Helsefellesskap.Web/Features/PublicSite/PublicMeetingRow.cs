using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Meetings.Publishing;

namespace Helsefellesskap.Web.Features.PublicSite;

/// <summary>A meeting as the public lists it: when, where, which body, its status, and what of it is published.</summary>
public sealed record PublicMeetingRow(
    int Id, DateOnly Date, TimeOnly StartTime, TimeOnly EndTime, string BodyName, string? Location, MeetingStatus Status,
    bool AgendaIsPublic, bool MinutesArePublic)
{
    /// <summary>From a meeting read with its body.</summary>
    public static PublicMeetingRow From(Meeting meeting) => new(
        meeting.Id, meeting.Date, meeting.StartTime, meeting.EndTime, meeting.Body!.Name, meeting.Location, meeting.Status,
        MeetingPublicity.AgendaIsPublic(meeting), MeetingPublicity.MinutesArePublic(meeting));

    public static string Url(string communitySlug, int meetingId) => $"/{communitySlug}/innsyn/moter/{meetingId}";
}

/// <summary>A table of meetings with its caption (the heading it sits under names it for screen readers).</summary>
public sealed record PublicMeetingTable(string HeadingId, IReadOnlyList<PublicMeetingRow> Rows, string EmptyText);
