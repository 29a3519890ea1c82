namespace Helsefellesskap.Web.Features.Meetings.Minutes;

/// <summary>
/// The life of a meeting's minutes: draft → circulated for comments → approved (by the chair, or at a later
/// meeting's approval item) → published. Each step returns null when done, or the resource key of the refusal.
/// </summary>
public static class MinutesWorkflow
{
    /// <summary>Approved minutes are the record of the meeting: they are no longer edited.</summary>
    public static bool IsLocked(Meeting meeting) => meeting.MinutesStatus == MinutesStatus.Approved;

    /// <summary>The first save of any item's minutes starts the draft.</summary>
    public static void StartDraft(Meeting meeting)
    {
        if (meeting.MinutesStatus == MinutesStatus.NotStarted)
        {
            meeting.MinutesStatus = MinutesStatus.Draft;
        }
    }

    public static string? Circulate(Meeting meeting, DateTime nowUtc)
    {
        switch (meeting.MinutesStatus)
        {
            case MinutesStatus.Circulated:
                return "Minutes.AlreadyCirculated";
            case not MinutesStatus.Draft:
                return "Minutes.CirculateNeedsDraft";
        }
        meeting.MinutesStatus = MinutesStatus.Circulated;
        meeting.MinutesCirculatedAtUtc = nowUtc;
        return null;
    }

    public static string? ApproveByChair(Meeting meeting, DateTime nowUtc) => Approve(meeting, MinutesApproval.ByChair, null, nowUtc);

    /// <summary>Approval under the later meeting's item that names these minutes.</summary>
    public static string? ApproveAtMeeting(Meeting meeting, AgendaItem approvalItem, DateTime nowUtc)
    {
        if (approvalItem.Kind != AgendaItemKind.ApproveMinutes || approvalItem.ApprovesMinutesOfMeetingId != meeting.Id)
        {
            return "Minutes.NotAnApprovalItem";
        }
        return Approve(meeting, MinutesApproval.AtMeeting, approvalItem.Id, nowUtc);
    }

    public static string? Publish(Meeting meeting, DateTime nowUtc)
    {
        if (meeting.MinutesStatus != MinutesStatus.Approved)
        {
            return "Minutes.PublishNeedsApproval";
        }
        if (meeting.MinutesPublishedAtUtc is not null)
        {
            return "Minutes.AlreadyPublished";
        }
        meeting.MinutesPublishedAtUtc = nowUtc;
        return null;
    }

    private static string? Approve(Meeting meeting, MinutesApproval how, int? approvalItemId, DateTime nowUtc)
    {
        switch (meeting.MinutesStatus)
        {
            case MinutesStatus.Approved:
                return "Minutes.AlreadyApproved";
            case not MinutesStatus.Circulated:
                return "Minutes.ApproveNeedsCirculated";
        }
        meeting.MinutesStatus = MinutesStatus.Approved;
        meeting.MinutesApprovedAtUtc = nowUtc;
        meeting.MinutesApprovedBy = how;
        meeting.MinutesApprovedInAgendaItemId = approvalItemId;
        return null;
    }
}
