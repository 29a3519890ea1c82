using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Accounts;

/// <summary>Second step of sign-in: a code from the authenticator app, or a recovery code.</summary>
public sealed class LoginWithTwoFactorModel(
    SignInManager<ApplicationUser> signIn,
    SignInRedirects redirects,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public TwoFactorInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("Login");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var code = Input.Code!.Replace(" ", "").Replace("-", "");
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Input.Code!.Replace(" ", ""));
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, l["Account.LockedOut"]);
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(TwoFactorInput.Code)}", l["Account.InvalidCode"]);
            return Page();
        }
        return LocalRedirect(await redirects.HomeAsync(user, ReturnUrl, Url.IsLocalUrl));
    }
}

public sealed class TwoFactorInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(20, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Account.Code")]
    public string? Code { get; set; }
}
