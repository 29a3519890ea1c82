using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Meetings.Minutes;

namespace Helsefellesskap.Tests.Unit;

public sealed class MinutesWorkflowTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Minutes_go_from_draft_through_circulation_and_approval_to_publication()
    {
        var meeting = new Meeting();
        MinutesWorkflow.StartDraft(meeting);
        Assert.Equal(MinutesStatus.Draft, meeting.MinutesStatus);

        Assert.Null(MinutesWorkflow.Circulate(meeting, Now));
        Assert.Equal((MinutesStatus.Circulated, Now), (meeting.MinutesStatus, meeting.MinutesCirculatedAtUtc));
        MinutesWorkflow.StartDraft(meeting);
        Assert.Equal(MinutesStatus.Circulated, meeting.MinutesStatus);

        Assert.Null(MinutesWorkflow.ApproveByChair(meeting, Now.AddDays(7)));
        Assert.Equal((MinutesStatus.Approved, MinutesApproval.ByChair), (meeting.MinutesStatus, meeting.MinutesApprovedBy));
        Assert.True(MinutesWorkflow.IsLocked(meeting));

        Assert.Null(MinutesWorkflow.Publish(meeting, Now.AddDays(8)));
        Assert.Equal(Now.AddDays(8), meeting.MinutesPublishedAtUtc);
        Assert.Equal("Minutes.AlreadyPublished", MinutesWorkflow.Publish(meeting, Now.AddDays(9)));
    }

    [Theory]
    [InlineData(MinutesStatus.NotStarted)]
    [InlineData(MinutesStatus.Draft)]
    public void Minutes_not_circulated_cannot_be_approved(MinutesStatus status)
    {
        var meeting = new Meeting { Id = 1, MinutesStatus = status };
        Assert.Equal("Minutes.ApproveNeedsCirculated", MinutesWorkflow.ApproveByChair(meeting, Now));
        var item = new AgendaItem { Id = 7, Title = "Referat", Kind = AgendaItemKind.ApproveMinutes, ApprovesMinutesOfMeetingId = 1 };
        Assert.Equal("Minutes.ApproveNeedsCirculated", MinutesWorkflow.ApproveAtMeeting(meeting, item, Now));
        Assert.Equal(status, meeting.MinutesStatus);
        Assert.Null(meeting.MinutesApprovedAtUtc);
    }

    [Fact]
    public void Approval_at_a_meeting_records_the_item_and_needs_an_item_for_these_minutes()
    {
        var meeting = new Meeting { Id = 1, MinutesStatus = MinutesStatus.Circulated };
        var other = new AgendaItem { Id = 6, Title = "Referat", Kind = AgendaItemKind.ApproveMinutes, ApprovesMinutesOfMeetingId = 2 };
        Assert.Equal("Minutes.NotAnApprovalItem", MinutesWorkflow.ApproveAtMeeting(meeting, other, Now));

        var item = new AgendaItem { Id = 7, Title = "Referat", Kind = AgendaItemKind.ApproveMinutes, ApprovesMinutesOfMeetingId = 1 };
        Assert.Null(MinutesWorkflow.ApproveAtMeeting(meeting, item, Now));
        Assert.Equal((MinutesStatus.Approved, MinutesApproval.AtMeeting, 7), (meeting.MinutesStatus, meeting.MinutesApprovedBy, meeting.MinutesApprovedInAgendaItemId));
        Assert.Equal("Minutes.AlreadyApproved", MinutesWorkflow.ApproveByChair(meeting, Now));
    }

    [Fact]
    public void Only_a_draft_is_circulated_and_only_approved_minutes_are_published()
    {
        Assert.Equal("Minutes.CirculateNeedsDraft", MinutesWorkflow.Circulate(new Meeting(), Now));
        Assert.Equal("Minutes.AlreadyCirculated", MinutesWorkflow.Circulate(new Meeting { MinutesStatus = MinutesStatus.Circulated }, Now));
        Assert.Equal("Minutes.PublishNeedsApproval", MinutesWorkflow.Publish(new Meeting { MinutesStatus = MinutesStatus.Circulated }, Now));
    }
}
