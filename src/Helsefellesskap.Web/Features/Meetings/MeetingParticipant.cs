using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.People;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Meetings;

/// <summary>A person called to (or attending) a meeting: their answer beforehand and attendance on the day.</summary>
public class MeetingParticipant : TenantEntity
{
    public int MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    public ParticipantRole Role { get; set; }

    /// <summary>The member this person stands in for (vara / stedfortreder).</summary>
    public int? SubstituteForPersonId { get; set; }

    public Person? SubstituteFor { get; set; }

    public AttendanceResponse Response { get; set; }

    public DateTime? RespondedAtUtc { get; set; }

    public AttendanceStatus Attendance { get; set; }

    /// <summary>Møteleder.</summary>
    public bool IsChair { get; set; }

    /// <summary>Referent.</summary>
    public bool IsMinuteTaker { get; set; }

    /// <summary>Secret in the e-mail link that lets the person answer without signing in.</summary>
    [MaxLength(64)]
    public string ResponseToken { get; set; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();

    [MaxLength(300)]
    public string? Note { get; set; }
}

public enum ParticipantRole
{
    Member,
    Deputy,
    Observer,
    Secretariat,
    Guest,
}

public enum AttendanceResponse
{
    NoAnswer,
    Coming,
    NotComing,
}

public enum AttendanceStatus
{
    Unknown,
    Present,
    Absent,
}
