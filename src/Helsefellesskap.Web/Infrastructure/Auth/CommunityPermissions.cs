using Microsoft.AspNetCore.Authorization;

namespace Helsefellesskap.Web.Infrastructure.Auth;

/// <summary>What the current user may do in the current community, for pages that show more to some users.</summary>
public sealed class CommunityPermissions(IAuthorizationService authorization, IHttpContextAccessor http)
{
    private bool? canRead;
    private bool? canAdminister;

    /// <summary>Internal pages: people, contact details, history.</summary>
    public async Task<bool> CanReadAsync() => canRead ??= await IsAllowedAsync(Policies.CommunityReader);

    /// <summary>Create, edit and delete; accounts; the audit log.</summary>
    public async Task<bool> CanAdministerAsync() => canAdminister ??= await IsAllowedAsync(Policies.CommunityAdministrator);

    private async Task<bool> IsAllowedAsync(string policy) =>
        http.HttpContext is { } context && (await authorization.AuthorizeAsync(context.User, policy)).Succeeded;
}
