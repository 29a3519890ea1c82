using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Accounts;

/// <summary>Sets up an authenticator app (TOTP) and switches two-factor sign-in on.</summary>
public sealed class EnableAuthenticatorModel(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    SignInRedirects redirects,
    IStringLocalizer<SharedResource> l) : PageModel
{
    private const string Issuer = "Helsefellesskap";

    [BindProperty]
    public AuthenticatorInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string SharedKey { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public bool AlreadyEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        AlreadyEnabled = user.TwoFactorEnabled;
        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (ModelState.IsValid)
        {
            var code = Input.Code!.Replace(" ", "").Replace("-", "");
            var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
            if (valid)
            {
                await users.SetTwoFactorEnabledAsync(user, true);
                RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
                await signIn.SignInWithClaimsAsync(user, isPersistent: false,
                    [new Claim(IdentitySetup.AuthenticationMethodClaim, "mfa")]);
                ReturnUrl = await redirects.HomeAsync(user, ReturnUrl, Url.IsLocalUrl);
                return Page();
            }
            ModelState.AddModelError($"{nameof(Input)}.{nameof(AuthenticatorInput.Code)}", l["Account.InvalidCode"]);
        }
        await LoadKeyAsync(user);
        return Page();
    }

    private async Task LoadKeyAsync(ApplicationUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }
        SharedKey = Group(key);
        AuthenticatorUri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email ?? user.UserName!)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
    }

    /// <summary>"ABCD EFGH …" is easier to type into a phone.</summary>
    private static string Group(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        return grouped.ToString().TrimEnd().ToUpperInvariant();
    }
}

public sealed class AuthenticatorInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(7, MinimumLength = 6, ErrorMessage = "Account.InvalidCode")]
    [Display(Name = "Account.Code")]
    public string? Code { get; set; }
}
