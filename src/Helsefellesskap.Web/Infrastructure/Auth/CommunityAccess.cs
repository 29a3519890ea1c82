using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Infrastructure.Auth;

/// <summary>Grants an account a role in one community.</summary>
public class CommunityAccess : TenantEntity
{
    public required string UserId { get; set; }

    public ApplicationUser? User { get; set; }

    public CommunityRole Role { get; set; }
}

/// <summary>
/// What an account may do in a community. Anonymous visitors (the public) have no access row.
/// </summary>
public enum CommunityRole
{
    /// <summary>Secretariat: maintains the register, manages accounts, reads the audit log.</summary>
    Administrator,

    /// <summary>Member of one or more bodies; reads the community's internal pages.</summary>
    BodyMember,

    /// <summary>Staff of a partner (municipality, hospital trust); reads the community's internal pages.</summary>
    PartnerStaff,
}
