using System.Security.Claims;

namespace Helsefellesskap.Web.Infrastructure.Auditing;

/// <summary>Who is making the change being saved: the signed-in user, or the system (start-up, seeding).</summary>
public interface ICurrentActor
{
    string? UserId { get; }

    string UserName { get; }
}

public sealed class HttpContextActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public const string SystemName = "system";

    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => User?.Identity?.IsAuthenticated == true ? User.Identity.Name ?? SystemName : SystemName;
}
