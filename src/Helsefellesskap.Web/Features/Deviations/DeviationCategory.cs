using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>
/// One entry of a community's deviation taxonomy: a category (A–J) or, with a parent, a sub-category (C1, C2…).
/// Entries in use are retired rather than deleted, so old reports keep their meaning.
/// </summary>
public class DeviationCategory : TenantEntity
{
    public int? ParentId { get; set; }

    public DeviationCategory? Parent { get; set; }

    [MaxLength(10)]
    public required string Code { get; set; }

    [MaxLength(200)]
    public required string Name { get; set; }

    [MaxLength(1000)]
    public string? Description { get; set; }

    public int SortOrder { get; set; }

    public bool IsRetired { get; set; }

    public string Label => $"{Code} {Name}";
}
