using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Bodies;

/// <summary>An organ of the community: a committee, forum, working group or project.</summary>
public class Body : TenantEntity, IPublicContent
{
    [MaxLength(200)]
    public required string Name { get; set; }

    /// <summary>Abbreviation used in case numbers and lists, e.g. SSU.</summary>
    [MaxLength(20)]
    public required string ShortName { get; set; }

    public BodyType Type { get; set; }

    /// <summary>The body this one reports to; null for the top (partnerskapsmøtet).</summary>
    public int? ParentBodyId { get; set; }

    public Body? ParentBody { get; set; }

    public DateOnly? ActiveFrom { get; set; }

    public DateOnly? ActiveTo { get; set; }

    /// <summary>Free text, e.g. "4–6 møter i året".</summary>
    [MaxLength(200)]
    public string? MeetingRhythm { get; set; }

    [MaxLength(2000)]
    public string? Description { get; set; }

    public List<MandateVersion> MandateVersions { get; set; } = [];

    public bool IsActiveOn(DateOnly date) =>
        (ActiveFrom is null || ActiveFrom <= date) && (ActiveTo is null || ActiveTo >= date);
}

public enum BodyType
{
    PartnershipMeeting,
    StrategicCommittee,
    WorkingCommittee,
    ProfessionalCommittee,
    SubCommittee,
    CollaborationForum,
    WorkingGroup,
    Project,
    LocalCommittee,
}
