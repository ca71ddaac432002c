using Microsoft.Data.Sqlite;
using Vigil.Storage.Alerts;
using Vigil.Storage.Dashboard;
using Vigil.Storage.Settings;
using Vigil.Storage.Sqlite.Migrations;

namespace Vigil.Storage.Sqlite;

/// <summary>The embedded default backend: one SQLite file in WAL mode, migrated on start.</summary>
public sealed class SqliteVigilStore : IVigilStore, IAlertStoreProvider, IDashboardStore, IScanStoreProvider, ISettingsStoreProvider
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _clock;
    private readonly ClientRollups _clients = new();

    public SqliteVigilStore(string path, TimeProvider? clock = null)
    {
        _clock = clock ?? TimeProvider.System;
        _database = new SqliteDatabase(path);
        Projects = new SqliteProjectStore(_database, _clock);
        Users = new SqliteUserStore(_database, _clock);
        Events = new SqliteEventStore(_database, _clients);
        Alerts = new SqliteAlertStore(_database);
        Dashboard = new SqliteDashboardQueries(_database, _clients);
        Specs = new SqliteSpecStore(_database);
        Scans = new SqliteScanStore(_database);
        AlertRules = new SqliteAlertRuleStore(_database);
        var settings = new SqliteProjectSettingsStore(_database);
        (MaskingRules, IpLists) = (settings, settings);
    }

    /// <summary>Full path of the database file.</summary>
    public string Path => _database.Path;

    public IProjectStore Projects { get; }

    public IUserStore Users { get; }

    public IEventStore Events { get; }

    /// <summary>Alerts, deliveries and channels (schema version 2).</summary>
    public IAlertStore Alerts { get; }

    /// <summary>The dashboard's aggregate reads, over the rollups of schema version 3.</summary>
    public IDashboardQueries Dashboard { get; }

    /// <summary>Attached OpenAPI documents, one per project (schema version 4).</summary>
    public ISpecStore Specs { get; }

    /// <summary>The latest uploaded source scan, one per project (schema version 5).</summary>
    public IScanStore Scans { get; }

    /// <summary>User alert rules per project (schema version 6).</summary>
    public IAlertRuleStore AlertRules { get; }

    /// <summary>Extra masking rules per project (schema version 7).</summary>
    public IMaskingRuleStore MaskingRules { get; }

    /// <summary>Named IP reputation lists per project (schema version 7).</summary>
    public IIpListStore IpLists { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await MigrationRunner.MigrateAsync(connection, _clock, cancellationToken).ConfigureAwait(false);
        // Folds in the client counts of events a crash left unflushed, so they are exact from the start.
        await _clients.FlushAsync(_database, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _clients.FlushAsync(_database, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException or IOException)
        {
            // Nothing lost: the next start recounts the unflushed tail from the events (ClientRollups.RecoverAsync).
        }

        await _database.DisposeAsync().ConfigureAwait(false);
    }
}
