using Vigil.Storage.Dashboard;

namespace Vigil.Dashboard.Model;

/// <summary>The time ranges a page offers, each with the chart bucket that gives it about a hundred points.</summary>
public sealed record RangeChoice(string Key, string Label, TimeSpan Length, TimeSpan Bucket)
{
    public static readonly IReadOnlyList<RangeChoice> All =
    [
        new("1h", "Last hour", TimeSpan.FromHours(1), TimeSpan.FromMinutes(1)),
        new("6h", "Last 6 hours", TimeSpan.FromHours(6), TimeSpan.FromMinutes(5)),
        new("24h", "Last 24 hours", TimeSpan.FromHours(24), TimeSpan.FromMinutes(15)),
        new("7d", "Last 7 days", TimeSpan.FromDays(7), TimeSpan.FromHours(2)),
    ];

    public static RangeChoice Default => All[2];

    /// <summary>The choice named <paramref name="key"/>, or the default for anything else (a hand-edited URL).</summary>
    public static RangeChoice Parse(string? key) => All.FirstOrDefault(r => string.Equals(r.Key, key, StringComparison.OrdinalIgnoreCase)) ?? Default;

    /// <summary>The range ending now, its end rounded up to the next minute so the last bucket is whole.</summary>
    public TimeRange EndingAt(DateTimeOffset now)
    {
        var end = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero).AddMinutes(1);
        return new TimeRange(end - Length, end);
    }
}
