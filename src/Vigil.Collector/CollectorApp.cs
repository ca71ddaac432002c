using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigil.Collector.Ingest;
using Vigil.Collector.Keys;
using Vigil.Collector.ReadApi;
using Vigil.Collector.Specs;
using Vigil.Detection.Engine;
using Vigil.Masking;
using Vigil.Protocol;
using Vigil.Protocol.Validation;
using Vigil.Storage;

namespace Vigil.Collector;

/// <summary>
/// Composes the collector web application over a store the caller owns and has initialised.
/// The request path, in order: key check → read + validate → mask → group-committed write → answer.
/// </summary>
public static class CollectorApp
{
    public static WebApplication Build(CollectorOptions options, IVigilStore store, TimeProvider? clock = null, Action<ILoggingBuilder>? logging = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            // Our own limit (ProtocolLimits) answers first with a problem body; Kestrel's is the backstop.
            k.Limits.MaxRequestBodySize = ProtocolLimits.MaxRequestBytes * 2;
            k.AddServerHeader = false;
        });
        logging?.Invoke(builder.Logging);

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
        services.AddSingleton(new RuleEngine(RuleCatalog.Default));
        services.AddSingleton<FindingFeedThrottle>();
        services.AddSingleton<EventPreparer>();
        services.AddSingleton<SpecRegistry>();
        services.AddSingleton<KeyAuthenticator>();
        services.AddSingleton<IngestQueue>();
        services.AddSingleton<IngestGate>();
        services.AddHostedService(sp => sp.GetRequiredService<IngestQueue>());

        var app = builder.Build();
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
    }
}
