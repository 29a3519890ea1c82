namespace Helsefellesskap.Web.Infrastructure.Auth;

/// <summary>Configuration section <c>Security</c>.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Administrators must sign in with an authenticator code before any administrator page opens.</summary>
    public bool RequireTwoFactorForAdministrators { get; set; } = true;
}
