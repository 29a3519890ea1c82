using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Features.Matters;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.People;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.FollowUps;

/// <summary>Follow-up of a decision: usually one point of a conclusion, owned by a person or a body.</summary>
public class FollowUpTask : TenantEntity
{
    [MaxLength(1000)]
    public required string Title { get; set; }

    [MaxLength(4000)]
    public string? Notes { get; set; }

    public FollowUpStatus Status { get; set; }

    public int? OwnerPersonId { get; set; }

    public Person? OwnerPerson { get; set; }

    public int? OwnerBodyId { get; set; }

    public Body? OwnerBody { get; set; }

    public DateOnly? DueDate { get; set; }

    /// <summary>The meeting where the task should come back as an agenda item.</summary>
    public int? TargetMeetingId { get; set; }

    public Meeting? TargetMeeting { get; set; }

    /// <summary>The agenda item whose conclusion gave the task, and which point of it.</summary>
    public int? SourceAgendaItemId { get; set; }

    public AgendaItem? SourceAgendaItem { get; set; }

    public int? SourcePointNumber { get; set; }

    public int? MatterId { get; set; }

    public Matter? Matter { get; set; }

    public DateTime? ReminderSentAtUtc { get; set; }

    public bool IsOpen => Status is FollowUpStatus.Open or FollowUpStatus.InProgress;

    public bool IsOverdue(DateOnly today) => IsOpen && DueDate is { } due && due < today;
}

public enum FollowUpStatus
{
    Open,
    InProgress,
    Done,
    Cancelled,
}
