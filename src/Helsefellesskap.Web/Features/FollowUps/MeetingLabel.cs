using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Infrastructure.Localization;

namespace Helsefellesskap.Web.Features.FollowUps;

/// <summary>A meeting named the way the secretariat says it: body and date, e.g. "SSU 26.09.2024".</summary>
public static class MeetingLabel
{
    public static string Of(string? bodyShortName, DateOnly date) => $"{bodyShortName} {OsloTime.Format(date)}".Trim();

    /// <summary>Needs <see cref="Meeting.Body"/> loaded.</summary>
    public static string Of(Meeting meeting) => Of(meeting.Body?.ShortName, meeting.Date);
}
