using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Accounts.Users;

/// <summary>
/// Gives an account a role in this community (creating the account if the e-mail is new), changes the
/// role, or takes the access away. The account's claims are refreshed through its security stamp.
/// </summary>
public sealed class EditModel(AppDbContext db, UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        Id = id;
        if (id is null)
        {
            Input.Role = CommunityRole.PartnerStaff;
            return Page();
        }
        var access = await db.CommunityAccesses.AsNoTracking().Include(a => a.User).SingleOrDefaultAsync(a => a.Id == id);
        if (access is null)
        {
            return NotFound();
        }
        Input = new UserInput { Email = access.User!.Email, DisplayName = access.User.DisplayName, Role = access.Role };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        Id = id;
        if (id is { } accessId)
        {
            var access = await db.CommunityAccesses.Include(a => a.User).SingleOrDefaultAsync(a => a.Id == accessId);
            if (access is null)
            {
                return NotFound();
            }
            access.Role = Input.Role;
            await db.SaveChangesAsync();
            await users.UpdateSecurityStampAsync(access.User!);
            return Saved();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }
        var email = Input.Email!.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            if (string.IsNullOrEmpty(Input.InitialPassword))
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(UserInput.InitialPassword)}", l["Users.PasswordRequiredForNew"]);
                return Page();
            }
            user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = Input.DisplayName?.Trim() ?? email };
            var created = await users.CreateAsync(user, Input.InitialPassword);
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors)
                {
                    ModelState.AddModelError($"{nameof(Input)}.{nameof(UserInput.InitialPassword)}", error.Description);
                }
                return Page();
            }
        }
        else if (await db.CommunityAccesses.AnyAsync(a => a.UserId == user.Id))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(UserInput.Email)}", l["Users.AlreadyHasAccess"]);
            return Page();
        }
        db.CommunityAccesses.Add(new CommunityAccess { UserId = user.Id, Role = Input.Role });
        await db.SaveChangesAsync();
        await users.UpdateSecurityStampAsync(user);
        return Saved();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id)
    {
        var access = await db.CommunityAccesses.Include(a => a.User).SingleOrDefaultAsync(a => a.Id == id);
        if (access is null)
        {
            return NotFound();
        }
        db.CommunityAccesses.Remove(access);
        await db.SaveChangesAsync();
        await users.UpdateSecurityStampAsync(access.User!);
        return Saved();
    }

    private RedirectToPageResult Saved()
    {
        TempData["Status"] = l["Common.Saved"].Value;
        return RedirectToPage("Index", new { community = RouteData.Values["community"] });
    }
}

public sealed class UserInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Account.Email")]
    public string? Email { get; set; }

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Users.Name")]
    public string? DisplayName { get; set; }

    [Display(Name = "Users.Role")]
    public CommunityRole Role { get; set; }

    [DataType(DataType.Password)]
    [Display(Name = "Users.InitialPassword")]
    public string? InitialPassword { get; set; }
}
