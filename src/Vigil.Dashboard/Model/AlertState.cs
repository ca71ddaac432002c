using Vigil.Storage.Alerts;

namespace Vigil.Dashboard.Model;

/// <summary>The Alerts page's state filter: one lifecycle state, or every state ("all").</summary>
public static class AlertState
{
    public const string All = "all";

    public static IReadOnlyList<string> Choices { get; } = ["open", "acknowledged", "resolved", All];

    /// <summary>A state word as the API spells it; anything else (missing, a number, junk) means open, the default.</summary>
    public static AlertStatus? Parse(string? state, out string shown)
    {
        shown = state?.ToLowerInvariant() switch
        {
            "acknowledged" => "acknowledged",
            "resolved" => "resolved",
            All => All,
            _ => "open",
        };
        return shown switch
        {
            "acknowledged" => AlertStatus.Acknowledged,
            "resolved" => AlertStatus.Resolved,
            All => null,
            _ => AlertStatus.Open,
        };
    }

    public static string Label(AlertStatus status) => status.ToString().ToLowerInvariant();

    public static string Time(DateTimeOffset? at) => at is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss") : "—";
}
