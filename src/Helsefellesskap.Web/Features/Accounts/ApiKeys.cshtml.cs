using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Accounts;

/// <summary>
/// The signed-in user's API keys: list, make (the secret is shown this once) and revoke. A key acts as its user,
/// so it reaches what she may reach. Making and revoking are audited through the context.
/// </summary>
public sealed class ApiKeysModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ApiKeyInput Input { get; set; } = new();

    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    /// <summary>The new key's token, only in the answer to the post that made it.</summary>
    public string? NewToken { get; private set; }

    public bool Revoked { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (ModelState.IsValid)
        {
            var (token, prefix, hash) = ApiKeySecret.Create();
            db.ApiKeys.Add(new ApiKey
            {
                UserId = UserId,
                Name = Input.Name!.Trim(),
                Prefix = prefix,
                Hash = hash,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
            NewToken = token;
            Input = new();
            ModelState.Clear();
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id && k.UserId == UserId);
        if (key is null)
        {
            return NotFound();
        }
        if (key.RevokedAtUtc is null)
        {
            key.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync();
        }
        Revoked = true;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        Keys = await db.ApiKeys.AsNoTracking().Where(k => k.UserId == UserId)
            .OrderBy(k => k.RevokedAtUtc != null).ThenByDescending(k => k.CreatedAtUtc)
            .ToListAsync();
}

public sealed class ApiKeyInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [MaxLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "ApiKeys.Name")]
    public string? Name { get; set; }
}
