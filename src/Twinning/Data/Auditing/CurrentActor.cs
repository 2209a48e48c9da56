using System.Security.Claims;

namespace Twinning.Data.Auditing;

/// <summary>Who is making a change: the signed-in user, or the system itself (start-up, command line).</summary>
public sealed record Actor(string? UserId, string Name)
{
    public static readonly Actor System = new(null, "system");
}

public sealed class CurrentActor(IHttpContextAccessor http)
{
    public Actor Get()
    {
        var user = http.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true) return Actor.System;
        return new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity.Name ?? "?");
    }
}
