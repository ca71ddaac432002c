using Microsoft.AspNetCore.Http.Features;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigil.Collector;
using Vigil.Collector.Setup;
using Vigil.Detection.Engine;
using Vigil.Storage.Sqlite;

namespace Vigil.Cli.Hosting;

/// <summary>A collector over a SQLite file, started and listening: what <c>serve</c> and <c>demo</c> run.</summary>
internal sealed class RunningCollector : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningCollector(WebApplication app, SqliteVigilStore store, FirstRunCredentials? credentials, bool created)
    {
        _app = app;
        Store = store;
        Credentials = credentials;
        Created = created;
    }

    public SqliteVigilStore Store { get; }

    /// <summary>Set on the first start of a new database only: shown once, never stored in plaintext.</summary>
    public FirstRunCredentials? Credentials { get; }

    public bool Created { get; }

    public Uri BaseAddress => new(_app.Urls.First());

    public static async Task<RunningCollector> StartAsync(
        string databasePath, IReadOnlyList<string> urls, bool verbose, CancellationToken cancellationToken,
        DetectionSettings? detection = null, Vigil.Alerting.AlertingFile.Result? alerting = null, Vigil.Detection.Reputation.AsnDatabase? asn = null)
    {
        var created = !File.Exists(databasePath);
        var store = new SqliteVigilStore(databasePath);
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (project, channel) in alerting?.Channels ?? [])
            {
                var owner = await store.Projects.GetOrCreateProjectAsync(project, cancellationToken).ConfigureAwait(false);
                await store.Alerts.SaveChannelAsync(channel with { ProjectId = owner.Id }, cancellationToken).ConfigureAwait(false);
            }

            var options = new CollectorOptions { Urls = urls, FingerprintSecretPath = databasePath + ".fingerprint", Detection = detection ?? DetectionSettings.Default, Alerting = alerting?.Options ?? new Vigil.Alerting.AlertingOptions() };
            options = asn is null ? options : options with { Behaviour = options.Behaviour with { Asn = asn } };
            var app = CollectorApp.Build(options, store, logging: l => Quiet(l, verbose));
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            // Only once the server is listening: credentials created before a failed start (port taken) would be
            // stored but never shown, and the admin password cannot be recovered.
            var credentials = await FirstRunSetup.RunAsync(store, cancellationToken).ConfigureAwait(false);
            return new RunningCollector(app, store, credentials, created);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine($"Vigil collector {typeof(CollectorApp).Assembly.GetName().Version?.ToString(3)}");
        text.AppendLine($"  database   {Store.Path}{(Created ? " (created)" : "")}");
        text.AppendLine($"  listening  {BaseAddress}");
        if (Credentials is { } c)
        {
            text.AppendLine();
            text.AppendLine("First start: save these now, they are shown only once.");
            text.AppendLine($"  admin login  {c.AdminUser} / {c.AdminPassword}");
            text.AppendLine($"  ingest key   {c.IngestKey}   (project \"{c.Project}\"; give it to the SDK: Vigil:ApiKey)");
            text.AppendLine($"  read key     {c.ReadKey}   (for the read API: curl -H 'X-Vigil-Key: …' {BaseAddress}v1/endpoints)");
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        await Store.DisposeAsync().ConfigureAwait(false);
    }

    private static void Quiet(ILoggingBuilder logging, bool verbose)
    {
        if (!verbose)
        {
            logging.AddFilter("Microsoft", LogLevel.Warning);
            logging.AddFilter("System", LogLevel.Warning);
        }
    }
}
