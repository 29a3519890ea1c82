using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Agreements;

/// <summary>
/// The topics an agreement of one type must cover (the national guide's content requirements, as the secretariat
/// enters them), e.g. for the sub-agreement on preparedness.
/// </summary>
public class RequirementList : TenantEntity
{
    [MaxLength(200)]
    public required string Name { get; set; }

    /// <summary>The kind of agreement the list is for; offered when such an agreement is registered.</summary>
    public AgreementKind Kind { get; set; }

    [MaxLength(2000)]
    public string? Description { get; set; }

    public List<RequirementTopic> Topics { get; set; } = [];
}

public class RequirementTopic : TenantEntity
{
    public int ListId { get; set; }

    public int SortOrder { get; set; }

    [MaxLength(300)]
    public required string Title { get; set; }

    /// <summary>Where the requirement comes from, e.g. "hol. § 6-2 nr. 11" or "Veilederen kap. 5".</summary>
    [MaxLength(300)]
    public string? Source { get; set; }

    [MaxLength(2000)]
    public string? Guidance { get; set; }
}

/// <summary>A version covers a required topic, at the place named (e.g. "kap. 4.2").</summary>
public class TopicCoverage : TenantEntity
{
    public int VersionId { get; set; }

    public int TopicId { get; set; }

    public RequirementTopic? Topic { get; set; }

    [MaxLength(300)]
    public string? Location { get; set; }
}
