using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerting;
using Vigil.Core.Findings;
using Vigil.Storage.Alerts;

namespace Vigil.Dashboard.Tests.Site;

/// <summary>Alerts on a test site: raised through the collector's own alert service, or awaited from ingested traffic.</summary>
public static class SiteAlerts
{
    public static AlertService Service(this DashboardSite site) => site.Host.Services.GetRequiredService<AlertService>();

    public static async Task<Guid> ProjectIdAsync(this DashboardSite site) =>
        (await site.Host.Store.Projects.FindProjectAsync("test"))!.Id;

    /// <summary>A high-threat finding from <paramref name="client"/> on <paramref name="endpoint"/>, grouped into an open alert and written.</summary>
    public static async Task<AlertRecord> RaiseAsync(this DashboardSite site, string client, string endpoint = "POST /login", string ruleId = "VG1001")
    {
        var finding = new Finding
        {
            RuleId = ruleId,
            Title = "SQL injection",
            Threat = ThreatLevel.High,
            Endpoint = endpoint,
            Location = "body",
            Evidence = "' OR 1=1--",
            Timestamp = DateTimeOffset.UtcNow,
        };
        var change = site.Service().Apply(await site.ProjectIdAsync(), finding, "ip:" + client);
        Assert.NotNull(change);
        await site.Service().FlushAsync();
        return change.Alert;
    }

    /// <summary>Waits for the collector's pipeline to raise an alert matching <paramref name="match"/> from ingested traffic.</summary>
    public static async Task<AlertRecord> WaitForAsync(this DashboardSite site, Func<AlertRecord, bool> match)
    {
        var project = await site.ProjectIdAsync();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            await site.Service().FlushAsync();
            var found = (await site.Service().Store.QueryAlertsAsync(new AlertQuery(project, Limit: 500))).FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("No matching alert within 20 s of ingest.");
    }
}
