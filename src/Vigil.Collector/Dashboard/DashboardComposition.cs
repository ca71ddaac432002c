using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerting;
using Vigil.Collector.Keys;
using Vigil.Dashboard;
using Vigil.Dashboard.Design;
using Vigil.Detection.Engine;
using Vigil.Storage;
using Vigil.Storage.Dashboard;

namespace Vigil.Collector.Dashboard;

/// <summary>What the dashboard gets from the collector: the store's aggregate reads, the rule descriptors, key issuing and
/// the alert service the API uses (so acknowledging on a page follows the same lifecycle rules as <c>POST /v1/alerts/{id}/ack</c>).</summary>
internal static class DashboardComposition
{
    /// <summary>CWE-359, exposure of private personal information: a finding of such a rule means PII passed through.</summary>
    private const string PersonalDataCwe = "CWE-359";

    public static DashboardOptions? For(IVigilStore store, AlertService alerts, IProjectSettingsEditor? settings = null)
    {
        if (store is not IDashboardStore dashboard)
        {
            return null; // a backend without the aggregate reads: the collector runs headless
        }

        var rules = RuleCatalog.Default.Descriptors;
        return new DashboardOptions
        {
            Queries = dashboard.Dashboard,
            Rules = rules,
            PersonalDataRules = rules.Where(r => r.Cwe == PersonalDataCwe).Select(r => r.Id).ToHashSet(StringComparer.Ordinal),
            IssueKey = async (project, scope, name, cancellationToken) =>
                (await new KeyIssuer(store.Projects).CreateAsync(project, scope, name, cancellationToken).ConfigureAwait(false)).Key,
            Settings = settings,
            Alerts = new DashboardAlerts
            {
                Store = alerts.Store,
                Flush = alerts.FlushAsync,
                Acknowledge = alerts.AcknowledgeAsync,
                Resolve = alerts.ResolveAsync,
            },
        };
    }

    /// <summary>The Governance, Code and Endpoints pages read spec, scan and inventory through the API's own registries.</summary>
    public static void AddDesign(IServiceCollection services)
    {
        services.AddSingleton<SpecAuditCache>();
        services.AddSingleton<IDesignSource, CollectorDesignSource>();
    }
}
