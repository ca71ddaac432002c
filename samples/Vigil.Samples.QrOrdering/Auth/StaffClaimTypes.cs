namespace Vigil.Samples.QrOrdering.Auth;

internal static class StaffClaimTypes
{
    public const string RestaurantId = "restaurant_id";
}
