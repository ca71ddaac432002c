namespace Vigil.Samples.QrOrdering.Auth;

internal static class StaffPolicies
{
    /// <summary>Any signed-in staff member.</summary>
    public const string Staff = "Staff";

    /// <summary>Staff of the restaurant named by the <c>restaurantId</c> route value (or the resource passed in).</summary>
    public const string OwnRestaurant = "OwnRestaurant";
}
