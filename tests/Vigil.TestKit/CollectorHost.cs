using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigil.Collector;
using Vigil.Collector.Keys;
using Vigil.Protocol;
using Vigil.Storage;
using Vigil.Storage.Sqlite;

namespace Vigil.TestKit;

/// <summary>
/// A real collector on Kestrel at 127.0.0.1 (random port) over a fresh SQLite file, with an ingest and a read key
/// for project "test". Restartable over the same file to test durability.
/// </summary>
public sealed class CollectorHost : IAsyncDisposable
{
    private readonly TempDirectory? _ownedFolder;
    private WebApplication _app = null!;

    private CollectorHost(string databasePath, TempDirectory? ownedFolder, CollectorOptions options)
    {
        DatabasePath = databasePath;
        _ownedFolder = ownedFolder;
        Options = options;
    }

    public string DatabasePath { get; }

    public CollectorOptions Options { get; }

    public SqliteVigilStore Store { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public string IngestKey { get; private set; } = null!;

    public string ReadKey { get; private set; } = null!;

    /// <summary>The running app's services (routes, options), for tests that inspect the composition.</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<CollectorHost> StartAsync(CollectorOptions? options = null, string? databasePath = null)
    {
        var folder = databasePath is null ? new TempDirectory() : null;
        var path = databasePath ?? folder!.File("vigil.db");
        var o = options ?? new CollectorOptions();
        var host = new CollectorHost(path, folder, o with { Urls = ["http://127.0.0.1:0"], FingerprintSecretPath = o.FingerprintSecretPath ?? path + ".fingerprint" });
        await host.StartInternalAsync(issueKeys: true).ConfigureAwait(false);
        return host;
    }

    /// <summary>Stops the server and closes the database, then starts again over the same file and keys.</summary>
    public async Task RestartAsync()
    {
        await StopInternalAsync().ConfigureAwait(false);
        await StartInternalAsync(issueKeys: false).ConfigureAwait(false);
    }

    public async Task<string> CreateKeyAsync(string project, KeyScope scope) =>
        (await new KeyIssuer(Store.Projects).CreateAsync(project, scope).ConfigureAwait(false)).Key;

    public HttpClient Client(string? key = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add(ProtocolConstants.KeyHeader, key);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    private async Task StartInternalAsync(bool issueKeys)
    {
        Store = new SqliteVigilStore(DatabasePath);
        await Store.InitializeAsync().ConfigureAwait(false);
        if (issueKeys)
        {
            IngestKey = await CreateKeyAsync("test", KeyScope.Ingest).ConfigureAwait(false);
            ReadKey = await CreateKeyAsync("test", KeyScope.Read).ConfigureAwait(false);
        }

        _app = CollectorApp.Build(Options, Store, logging: l => l.SetMinimumLevel(LogLevel.Warning));
        await _app.StartAsync().ConfigureAwait(false);
        var address = _app.Urls.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    private async Task StopInternalAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        await Store.DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopInternalAsync().ConfigureAwait(false);
        _ownedFolder?.Dispose();
    }
}
