using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Meetings.Attendance;
using Helsefellesskap.Web.Features.Memberships;

namespace Helsefellesskap.Tests.Unit;

public sealed class MeetingParticipantsTests
{
    private static readonly DateOnly MeetingDate = new(2024, 9, 26);

    private static Membership Seat(int personId, MembershipRole role, string from = "2024-01-01", string? to = null) => new()
    {
        PersonId = personId,
        Role = role,
        From = DateOnly.Parse(from),
        To = to is null ? null : DateOnly.Parse(to),
    };

    [Theory]
    [InlineData(MembershipRole.Chair, ParticipantRole.Member)]
    [InlineData(MembershipRole.ViceChair, ParticipantRole.Member)]
    [InlineData(MembershipRole.Member, ParticipantRole.Member)]
    [InlineData(MembershipRole.Deputy, ParticipantRole.Deputy)]
    [InlineData(MembershipRole.Observer, ParticipantRole.Observer)]
    [InlineData(MembershipRole.Secretariat, ParticipantRole.Secretariat)]
    [InlineData(MembershipRole.MinuteTaker, ParticipantRole.Secretariat)]
    public void Membership_roles_become_meeting_roles(MembershipRole membership, ParticipantRole participant) =>
        Assert.Equal(participant, MeetingParticipants.RoleFor(membership));

    [Fact]
    public void Seats_current_on_the_date_are_called_once_per_person_with_chair_and_minute_taker_marked()
    {
        var seats = new[]
        {
            Seat(1, MembershipRole.Chair),
            Seat(2, MembershipRole.Member),
            Seat(2, MembershipRole.MinuteTaker),
            Seat(3, MembershipRole.Member, to: "2024-08-31"),
            Seat(4, MembershipRole.Member, from: "2024-10-01"),
            Seat(5, MembershipRole.Deputy),
            Seat(6, MembershipRole.Observer),
        };
        var called = MeetingParticipants.FromMemberships(9, MeetingDate, seats, new HashSet<int> { 6 });

        Assert.Equal([1, 2, 5], called.Select(p => p.PersonId).Order());
        Assert.All(called, p => Assert.Equal(9, p.MeetingId));
        var chair = Assert.Single(called, p => p.IsChair);
        Assert.Equal((1, ParticipantRole.Member), (chair.PersonId, chair.Role));
        var writer = Assert.Single(called, p => p.IsMinuteTaker);
        Assert.Equal((2, ParticipantRole.Member), (writer.PersonId, writer.Role));
        Assert.Equal(ParticipantRole.Deputy, called.Single(p => p.PersonId == 5).Role);
    }
}
