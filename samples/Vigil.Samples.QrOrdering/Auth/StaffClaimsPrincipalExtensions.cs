using System.Globalization;
using System.Security.Claims;

namespace Vigil.Samples.QrOrdering.Auth;

internal static class StaffClaimsPrincipalExtensions
{
    /// <summary>The restaurant a signed-in staff member works for, or null for anyone else.</summary>
    public static int? RestaurantId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(StaffClaimTypes.RestaurantId), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}
