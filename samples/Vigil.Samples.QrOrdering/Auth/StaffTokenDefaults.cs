namespace Vigil.Samples.QrOrdering.Auth;

internal static class StaffTokenDefaults
{
    public const string Scheme = "StaffToken";

    /// <summary>Staff sessions last one long shift.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(12);
}
