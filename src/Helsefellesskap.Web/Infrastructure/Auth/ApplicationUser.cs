using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;

namespace Helsefellesskap.Web.Infrastructure.Auth;

/// <summary>A sign-in account. Accounts are platform-wide; what they may do is per community.</summary>
public class ApplicationUser : IdentityUser
{
    [MaxLength(200)]
    public string DisplayName { get; set; } = "";

    /// <summary>Operates the platform: acts as administrator in every community.</summary>
    public bool IsPlatformAdministrator { get; set; }
}
