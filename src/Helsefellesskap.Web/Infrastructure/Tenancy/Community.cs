using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Publishing;

namespace Helsefellesskap.Web.Infrastructure.Tenancy;

/// <summary>A helsefellesskap: the tenant every other record belongs to.</summary>
public class Community : IPublicContent
{
    public int Id { get; set; }

    /// <summary>The URL segment, e.g. <c>vestfold</c> in <c>/vestfold/organer</c>.</summary>
    [MaxLength(60)]
    public required string Slug { get; set; }

    [MaxLength(200)]
    public required string Name { get; set; }

    [MaxLength(2000)]
    public string? Description { get; set; }
}
