using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Accounts;

public sealed class LoginModel(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    SignInRedirects redirects,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Input.Email!.Trim(), Input.Password!, Input.RememberMe, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("LoginWithTwoFactor", new { ReturnUrl, Input.RememberMe });
        }
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, l["Account.LockedOut"]);
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, l["Account.InvalidLogin"]);
            return Page();
        }
        var user = (await users.FindByNameAsync(Input.Email.Trim()))!;
        if (await redirects.MustEnableTwoFactorAsync(user))
        {
            return RedirectToPage("EnableAuthenticator", new { ReturnUrl });
        }
        return LocalRedirect(await redirects.HomeAsync(user, ReturnUrl, Url.IsLocalUrl));
    }
}

public sealed class LoginInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Account.Email")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.Password")]
    public string? Password { get; set; }

    [Display(Name = "Account.RememberMe")]
    public bool RememberMe { get; set; }
}
