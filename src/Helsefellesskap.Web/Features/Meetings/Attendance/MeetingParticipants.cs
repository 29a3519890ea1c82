using Helsefellesskap.Web.Features.Memberships;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Meetings.Attendance;

/// <summary>Who is called to a meeting: the people holding a seat in the body on the meeting date.</summary>
public static class MeetingParticipants
{
    public static ParticipantRole RoleFor(MembershipRole role) => role switch
    {
        MembershipRole.Chair or MembershipRole.ViceChair or MembershipRole.Member => ParticipantRole.Member,
        MembershipRole.Deputy => ParticipantRole.Deputy,
        MembershipRole.Observer => ParticipantRole.Observer,
        MembershipRole.Secretariat or MembershipRole.MinuteTaker => ParticipantRole.Secretariat,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>
    /// One new participant per person with a seat current on <paramref name="date"/>, except those already called.
    /// Someone with two seats takes the first role in list order; the chair and minute-taker marks come from any seat.
    /// </summary>
    public static IReadOnlyList<MeetingParticipant> FromMemberships(
        int meetingId, DateOnly date, IEnumerable<Membership> memberships, IReadOnlySet<int> alreadyCalled) =>
        memberships
            .Where(m => m.IsCurrentOn(date) && !alreadyCalled.Contains(m.PersonId))
            .GroupBy(m => m.PersonId)
            .Select(seats => new MeetingParticipant
            {
                MeetingId = meetingId,
                PersonId = seats.Key,
                Role = RoleFor(seats.Min(s => s.Role)),
                IsChair = seats.Any(s => s.Role == MembershipRole.Chair),
                IsMinuteTaker = seats.Any(s => s.Role == MembershipRole.MinuteTaker),
            })
            .OrderBy(p => p.Role)
            .ToList();

    /// <summary>
    /// Adds the body's members on the meeting date to the meeting, skipping people already in it.
    /// Does not save: the caller saves with its own changes. Runs in a request (the tenant filter applies).
    /// </summary>
    public static async Task<int> AddFromMembershipsAsync(AppDbContext db, Meeting meeting, CancellationToken cancellationToken = default)
    {
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.BodyId == meeting.BodyId && m.From <= meeting.Date && (m.To == null || m.To >= meeting.Date))
            .ToListAsync(cancellationToken);
        var called = await db.MeetingParticipants
            .Where(p => p.MeetingId == meeting.Id)
            .Select(p => p.PersonId)
            .ToListAsync(cancellationToken);
        var added = FromMemberships(meeting.Id, meeting.Date, memberships, called.ToHashSet());
        db.MeetingParticipants.AddRange(added);
        return added.Count;
    }
}
