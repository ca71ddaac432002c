using Vigil.Core.Findings;
using Vigil.Storage;
using Vigil.Storage.Dashboard;

namespace Vigil.Dashboard;

/// <summary>What the composition root hands the dashboard, so the dashboard depends on no engine or backend.</summary>
public sealed record DashboardOptions
{
    /// <summary>The store's aggregate reads.</summary>
    public required IDashboardQueries Queries { get; init; }

    /// <summary>Every rule whose findings may be shown: title, how to fix, CWE and OWASP id by rule id.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; init; } = [];

    /// <summary>Rules whose findings mean personal data passed through an endpoint ("PII seen").</summary>
    public IReadOnlySet<string> PersonalDataRules { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Creates an API key for a project and returns its plaintext, which the page shows once.</summary>
    public required Func<string, KeyScope, string?, CancellationToken, Task<string>> IssueKey { get; init; }

    /// <summary>Alerts, their delivery log and channels; null when the collector runs without alerting (the pages say so).</summary>
    public DashboardAlerts? Alerts { get; init; }

    /// <summary>Alert rules, channels, masking rules and IP lists; null when the store cannot hold them (Settings says so).</summary>
    public IProjectSettingsEditor? Settings { get; init; }

    /// <summary>Failed sign-ins for one user name or one address before sign-in is refused for <see cref="LockoutDuration"/>.</summary>
    public int MaxFailedSignIns { get; init; } = 5;

    public TimeSpan LockoutDuration { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the live findings feed looks for new findings.</summary>
    public TimeSpan FeedPollInterval { get; init; } = TimeSpan.FromSeconds(1);
}
