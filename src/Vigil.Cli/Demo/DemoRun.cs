using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Cli.Hosting;
using Vigil.Collector.Keys;
using Vigil.Collector.Setup;
using Vigil.Samples.QrOrdering;
using Vigil.Samples.QrOrdering.Traffic;
using Vigil.Storage;

namespace Vigil.Cli.Demo;

/// <summary>
/// The newcomer's first minute: a collector on SQLite, the QR-ordering sample instrumented with the SDK and pointed
/// at it, a traffic driver, and a running account of what the collector has stored.
/// </summary>
internal static class DemoRun
{
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(DemoSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        var temporary = settings.DatabasePath is null ? Directory.CreateTempSubdirectory("vigil-demo-") : null;
        var databasePath = settings.DatabasePath ?? Path.Combine(temporary!.FullName, "vigil.db");
        try
        {
            await using var collector = await StartCollectorAsync(databasePath, settings.Port, cancellationToken).ConfigureAwait(false);
            var keys = await DemoKeys.ForAsync(collector, cancellationToken).ConfigureAwait(false);
            await using var sample = await StartSampleAsync(collector.BaseAddress, keys.IngestKey, cancellationToken).ConfigureAwait(false);
            var sampleAddress = AddressOf(sample);

            DemoReport.Banner(output, collector, sampleAddress, keys, temporary is not null);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (settings.Duration is { } duration)
            {
                stop.CancelAfter(duration);
            }

            var driver = new DemoTrafficDriver(new DemoTrafficOptions { RequestsPerSecond = settings.RequestsPerSecond });
            var traffic = driver.RunAsync(sampleAddress, duration: null, stop.Token);
            var progress = DemoReport.ProgressAsync(output, driver, collector.Store, keys.Project, ReportEvery, stop.Token);
            var attacks = settings.Attacks ? DemoAttacks.RunAsync(sampleAddress, stop.Token) : Task.CompletedTask;
            var alerts = DemoAttacks.WatchAsync(output, collector.Store, keys.Project, TimeProvider.System.GetUtcNow(), stop.Token);
            var stats = await traffic.ConfigureAwait(false);
            await Task.WhenAll(progress, attacks, alerts).ConfigureAwait(false);

            // Stopping the sample flushes the SDK's queue; then the collector holds everything that was sent.
            await sample.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await DemoReport.SummaryAsync(output, stats, collector.Store, keys.Project, CancellationToken.None).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            temporary?.Delete(recursive: true);
        }
    }

    private static async Task<RunningCollector> StartCollectorAsync(string databasePath, int port, CancellationToken cancellationToken)
    {
        try
        {
            return await RunningCollector.StartAsync(databasePath, [$"http://127.0.0.1:{port}"], verbose: false, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex) when (ex.InnerException is SocketException || ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            return await RunningCollector.StartAsync(databasePath, ["http://127.0.0.1:0"], verbose: false, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<WebApplication> StartSampleAsync(Uri collector, string ingestKey, CancellationToken cancellationToken)
    {
        string[] args = ["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning", "--Logging:LogLevel:Microsoft.AspNetCore=Warning"];
        var app = QrOrderingApp.Build(args, vigil =>
        {
            vigil.Endpoint = collector.ToString();
            vigil.ApiKey = ingestKey;
            // The traffic driver plays many diners from one process and says who each is in X-Forwarded-For,
            // as a load balancer in front of the API would.
            vigil.TrustedProxies = ["127.0.0.1"];
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return app;
    }

    private static Uri AddressOf(WebApplication app) =>
        new(app.Urls.First());
}

/// <summary>The keys the demo uses: the first-run ones on a new database, fresh ones on a kept database.</summary>
internal sealed record DemoKeys(string Project, string IngestKey, string ReadKey, FirstRunCredentials? FirstRun)
{
    public static async Task<DemoKeys> ForAsync(RunningCollector collector, CancellationToken cancellationToken)
    {
        if (collector.Credentials is { } first)
        {
            return new DemoKeys(first.Project, first.IngestKey, first.ReadKey, first);
        }

        var issuer = new KeyIssuer(collector.Store.Projects);
        var ingest = await issuer.CreateAsync(FirstRunSetup.DefaultProject, KeyScope.Ingest, "demo ingest key", cancellationToken).ConfigureAwait(false);
        var read = await issuer.CreateAsync(FirstRunSetup.DefaultProject, KeyScope.Read, "demo read key", cancellationToken).ConfigureAwait(false);
        return new DemoKeys(FirstRunSetup.DefaultProject, ingest.Key, read.Key, null);
    }
}
