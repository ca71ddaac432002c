using Vigil.Alerting.Rules;

namespace Vigil.Alerting;

/// <summary>How findings are grouped into alerts. User rules are tried before the built-in ones.</summary>
public sealed record AlertingOptions
{
    public IReadOnlyList<AlertRule> Rules { get; init; } = [];

    public bool BuiltInRules { get; init; } = true;

    /// <summary>After an alert is resolved, its group stays quiet this long: a lingering attack does not reopen it at once.</summary>
    public TimeSpan Cooldown { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Most groups kept in memory (alerts plus threshold counters); the oldest resolved ones go first.</summary>
    public int MaxGroups { get; init; } = 50_000;

    /// <summary>
    /// Lets channels deliver to loopback, private, link-local and metadata addresses (an SMTP relay on localhost, an
    /// internal webhook). Off by default because any read key can configure a channel; settable only from the
    /// <c>--alerts</c> file, never through the API.
    /// </summary>
    public bool AllowPrivateChannelTargets { get; init; }

    public IReadOnlyList<AlertRule> EffectiveRules => BuiltInRules ? [.. Rules, .. BuiltInAlertRules.All] : Rules;

    /// <summary>Every configuration problem at once, so start-up can report them together.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = Rules.SelectMany(r => r.Problems()).ToList();
        problems.AddRange(Rules.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => $"alert rule name '{g.Key}' is used twice"));
        if (Cooldown < TimeSpan.Zero || Cooldown > TimeSpan.FromDays(7))
        {
            problems.Add("cooldown must be between 0 and 7 days");
        }

        return problems;
    }
}
