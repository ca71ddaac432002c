using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigil.Alerting;
using Vigil.Alerting.Channels;
using Vigil.Alerting.Grouping;
using Vigil.Alerting.Rules;
using Vigil.Collector.Alerts;
using Vigil.Collector.Behaviour;
using Vigil.Collector.Dashboard;
using Vigil.Collector.Ingest;
using Vigil.Collector.Keys;
using Vigil.Collector.ReadApi;
using Vigil.Collector.Scans;
using Vigil.Collector.Settings;
using Vigil.Collector.Specs;
using Vigil.Dashboard;
using Vigil.Detection.Engine;
using Vigil.Masking;
using Vigil.Protocol;
using Vigil.Protocol.Validation;
using Vigil.Storage;
using Vigil.Storage.Alerts;

namespace Vigil.Collector;

/// <summary>
/// Composes the collector web application over a store the caller owns and has initialised.
/// The request path, in order: key check → read + validate → mask → group-committed write → answer.
/// </summary>
public static class CollectorApp
{
    public static WebApplication Build(CollectorOptions options, IVigilStore store, TimeProvider? clock = null, Action<ILoggingBuilder>? logging = null)
    {
        // No appsettings reload: its watcher covers the content root recursively — the working directory, where the
        // database usually is — so every WAL write woke it (10,257 inotify watches from /tmp in the ingest bench).
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            // Our own limit (ProtocolLimits) answers first with a problem body; Kestrel's is the backstop.
            k.Limits.MaxRequestBodySize = ProtocolLimits.MaxRequestBytes * 2;
            k.AddServerHeader = false;
        });
        logging?.Invoke(builder.Logging);

        if (options.FingerprintSecretPath is { } secretPath)
        {
            options = options with { Behaviour = options.Behaviour with { FingerprintSecret = FingerprintSecretFile.LoadOrCreate(secretPath) } };
        }

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(store);
        services.AddSingleton(store.Events);
        services.AddSingleton(store.Projects);
        services.AddSingleton(store.Users);
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddSingleton(new Masker(options.Masking));
        services.AddSingleton<IngestBatchValidator>();
        services.AddSingleton<IngestBatchReader>();
        services.AddSingleton(new RuleEngine(RuleCatalog.Create(options.Detection)));
        services.AddSingleton<FindingFeedThrottle>();
        services.AddSingleton<EventPreparer>();
        services.AddSingleton<SpecRegistry>();
        services.AddSingleton<ScanRegistry>();
        services.AddSingleton<InventoryReader>();
        services.AddSingleton(sp => new FindingLinker(sp.GetRequiredService<RuleEngine>().Catalog.Descriptors));
        services.AddSingleton<KeyAuthenticator>();
        services.AddSingleton<IngestQueue>();
        services.AddSingleton<IngestGate>();
        services.AddHostedService(sp => sp.GetRequiredService<IngestQueue>());
        var projectRules = new ProjectAlertRules();
        var alerts = AddAlerting(services, options, store, clock ?? TimeProvider.System, projectRules);
        var settings = SettingsComposition.Add(services, options, store, alerts, projectRules, clock ?? TimeProvider.System);
        var dashboard = DashboardComposition.For(store, alerts, settings);
        if (dashboard is not null)
        {
            DashboardComposition.AddDesign(services);
            services.AddVigilDashboard(dashboard);
        }

        var app = builder.Build();
        if (dashboard is not null)
        {
            app.MapVigilDashboard();
        }

        MapEndpoints(app);
        return app;
    }

    private static void MapEndpoints(WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));

        app.MapPost(ProtocolConstants.IngestPath, IngestEndpoint.HandleAsync)
            .AddEndpointFilter(new KeyRequirement(KeyScope.Ingest));

        var read = app.MapGroup("/v1").AddEndpointFilter(new KeyRequirement(KeyScope.Read));
        read.MapGet("/events", ReadEndpoints.ListEventsAsync);
        read.MapGet("/events/{id}", ReadEndpoints.GetEventAsync);
        read.MapGet("/endpoints", ReadEndpoints.ListEndpointsAsync);
        read.MapGet("/findings", ReadEndpoints.ListFindingsAsync);
        read.MapPost("/specs", SpecEndpoints.AttachAsync);
        read.MapGet("/openapi", InferredSpecEndpoint.GetAsync);
        read.MapPost("/scans", ScanEndpoints.UploadAsync);
        read.MapGet("/scans/latest", ScanEndpoints.LatestAsync);
        MapAlerts(read);
        SettingsEndpoints.Map(read);
    }

    // Behaviour and alerts run beside ingest, never on its path (see BehaviourPipeline).
    // The service is built here, not by the container, so the dashboard's composition can hand it the same instance.
    private static AlertService AddAlerting(IServiceCollection services, CollectorOptions options, IVigilStore store, TimeProvider clock, ProjectAlertRules projectRules)
    {
        var alertStore = store is IAlertStoreProvider provider ? provider.Alerts : new InMemoryAlertStore();
        // Channel targets are user input: the client refuses private addresses and redirects (ChannelTargetGuard).
        var allowPrivate = options.Alerting.AllowPrivateChannelTargets;
        var dispatcher = new AlertDispatcher(alertStore, ChannelTargetGuard.CreateHttpClient(allowPrivate), clock, new DispatcherOptions { AllowPrivateTargets = allowPrivate });
        var alerts = new AlertService(new AlertGrouper(options.Alerting, clock, projectRules), alertStore, dispatcher, clock, options.Alerting);
        services.AddSingleton(alertStore);
        services.AddSingleton(dispatcher);
        services.AddSingleton(alerts);
        services.AddSingleton<BehaviourPipeline>();
        services.AddHostedService(sp => sp.GetRequiredService<BehaviourPipeline>());
        services.AddHostedService<AlertDelivery>();
        return alerts;
    }

    private static void MapAlerts(RouteGroupBuilder read)
    {
        read.MapGet("/alerts", AlertEndpoints.ListAsync);
        read.MapGet("/alerts/{id}", AlertEndpoints.GetAsync);
        read.MapPost("/alerts/{id}/ack", AlertEndpoints.AcknowledgeAsync);
        read.MapPost("/alerts/{id}/resolve", AlertEndpoints.ResolveAsync);
        read.MapGet("/alerts/{id}/deliveries", AlertEndpoints.DeliveriesAsync);
        read.MapGet("/channels", ChannelEndpoints.ListAsync);
        read.MapPut("/channels/{name}", ChannelEndpoints.PutAsync);
        read.MapDelete("/channels/{name}", ChannelEndpoints.DeleteAsync);
    }
}
