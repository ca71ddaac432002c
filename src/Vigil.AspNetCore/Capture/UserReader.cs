using System.Security.Claims;
using Vigil.Core.Capture;

namespace Vigil.AspNetCore.Capture;

/// <summary>Who the host's authentication said the caller is; read after the pipeline ran, when it has decided.</summary>
internal static class UserReader
{
    public static CapturedUser? Read(ClaimsPrincipal? principal)
    {
        var identity = principal?.Identity;
        if (principal is null || identity is null || !identity.IsAuthenticated)
        {
            return null;
        }

        var id = principal.FindFirst(ClaimTypes.NameIdentifier)?.Value
            ?? principal.FindFirst("sub")?.Value
            ?? identity.Name;
        return new CapturedUser { Id = id, AuthScheme = identity.AuthenticationType };
    }
}
