using System.Globalization;
using Microsoft.AspNetCore.Authorization;

namespace Vigil.Samples.QrOrdering.Auth;

/// <summary>
/// Compares the staff member's restaurant with the one being accessed: the <c>restaurantId</c> route value when the
/// policy guards an endpoint, or an <see cref="int"/> restaurant id when code authorises a loaded resource.
/// </summary>
internal sealed class OwnRestaurantAuthorizationHandler : AuthorizationHandler<OwnRestaurantRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnRestaurantRequirement requirement)
    {
        var target = context.Resource switch
        {
            int restaurantId => restaurantId,
            HttpContext http => ParseId(http.GetRouteValue("restaurantId")),
            _ => null,
        };

        if (target is not null && context.User.RestaurantId() == target)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private static int? ParseId(object? value) =>
        int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}
