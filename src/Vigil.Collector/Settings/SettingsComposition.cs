using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerting;
using Vigil.Alerting.Rules;
using Vigil.Storage;

namespace Vigil.Collector.Settings;

/// <summary>Project settings for the composition root; built here, not by the container, so the dashboard gets the same instance.</summary>
internal static class SettingsComposition
{
    /// <returns>The editor, or null when the store cannot hold settings (the routes then answer 404).</returns>
    public static ProjectSettingsService? Add(IServiceCollection services, CollectorOptions options, IVigilStore store, AlertService alerts, ProjectAlertRules projectRules, TimeProvider clock)
    {
        var registry = new ProjectSettingsRegistry(store, options, projectRules);
        var service = new ProjectSettingsService(registry, alerts, options, clock);
        services.AddSingleton(projectRules);
        services.AddSingleton(registry);
        services.AddSingleton(service);
        return registry.Stores is null ? null : service;
    }
}
