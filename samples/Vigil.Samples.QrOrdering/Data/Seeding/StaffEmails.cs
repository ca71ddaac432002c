using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Data.Seeding;

/// <summary>Demo staff accounts follow one documented pattern so people (and the traffic driver) can sign in without a list.</summary>
internal static class StaffEmails
{
    public const string Domain = "staff.qrdine.example";

    /// <summary>Every seeded staff account has this password; it is printed in the sample's README.</summary>
    public const string DemoPassword = "demo-password-1";

    public static string For(StaffRole role, int restaurantId) =>
        $"{role.ToString().ToLowerInvariant()}.{restaurantId}@{Domain}";
}
