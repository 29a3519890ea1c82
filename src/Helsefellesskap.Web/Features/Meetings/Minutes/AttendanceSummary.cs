namespace Helsefellesskap.Web.Features.Meetings.Minutes;

/// <summary>
/// The participants block at the head of the minutes, as the seed minutes have it: present, apologies (forfall),
/// observers, secretariat, chair (møteleder) and minute-taker (referent). Participants need Person and SubstituteFor.
/// </summary>
public sealed record AttendanceSummary(
    IReadOnlyList<MeetingParticipant> Present,
    IReadOnlyList<MeetingParticipant> Absent,
    IReadOnlyList<MeetingParticipant> Observers,
    IReadOnlyList<MeetingParticipant> Secretariat,
    IReadOnlyList<MeetingParticipant> Chairs,
    IReadOnlyList<MeetingParticipant> MinuteTakers)
{
    public bool IsRecorded => Present.Count + Absent.Count + Observers.Count + Secretariat.Count > 0;

    public static AttendanceSummary From(IEnumerable<MeetingParticipant> participants)
    {
        var all = participants.OrderBy(p => p.Person!.Name, StringComparer.Create(Infrastructure.Web.WebSetup.Norwegian, ignoreCase: false)).ToList();
        var present = all.Where(p => p.Attendance == AttendanceStatus.Present).ToList();
        return new AttendanceSummary(
            present.Where(p => p.Role is ParticipantRole.Member or ParticipantRole.Deputy or ParticipantRole.Guest).ToList(),
            all.Where(p => p.Attendance == AttendanceStatus.Absent).ToList(),
            present.Where(p => p.Role == ParticipantRole.Observer).ToList(),
            present.Where(p => p.Role == ParticipantRole.Secretariat).ToList(),
            all.Where(p => p.IsChair).ToList(),
            all.Where(p => p.IsMinuteTaker).ToList());
    }
}
