using Microsoft.Data.Sqlite;

namespace Vigil.Storage.Sqlite.Migrations;

/// <summary>Applies pending migrations in order, each in its own transaction, recording the version.</summary>
internal static class MigrationRunner
{
    public static readonly IReadOnlyList<Migration> All = [M0001Initial.Migration, M0002Alerts.Migration, M0003DashboardRollups.Migration, M0004Specs.Migration, M0005Scans.Migration, M0006AlertRules.Migration, M0007ProjectSettings.Migration, M0008EventClientKey.Migration, M0009ClientFilterByHours.Migration, M0010FindingSource.Migration, M0011SharedFindingsForm.Migration];

    public static async Task<int> MigrateAsync(SqliteConnection connection, TimeProvider clock, CancellationToken cancellationToken)
    {
        await SqliteDatabase.ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL);", cancellationToken).ConfigureAwait(false);
        await CheckHistoryAsync(connection, cancellationToken).ConfigureAwait(false);
        var current = await CurrentVersionAsync(connection, cancellationToken).ConfigureAwait(false);
        var latest = All[^1].Version;
        if (current > latest)
        {
            throw new InvalidOperationException(
                $"The database is at schema version {current}, newer than this Vigil understands ({latest}). Upgrade Vigil or use another --db.");
        }

        foreach (var migration in All.Where(m => m.Version > current))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await SqliteDatabase.ExecuteAsync(connection, migration.Sql, cancellationToken, transaction).ConfigureAwait(false);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, $n, $t)";
            record.Parameters.AddWithValue("$v", migration.Version);
            record.Parameters.AddWithValue("$n", migration.Name);
            record.Parameters.AddWithValue("$t", clock.GetUtcNow().ToUnixTimeMilliseconds());
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return latest;
    }

    /// <summary>
    /// A version number alone is not proof: a database made by a build whose migration 3 was something else would
    /// otherwise be taken as up to date and miss a table for ever. The recorded names must match ours.
    /// </summary>
    private static async Task CheckHistoryAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, name FROM schema_migrations ORDER BY version";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var version = reader.GetInt32(0);
            var name = reader.GetString(1);
            if (All.FirstOrDefault(m => m.Version == version) is { } expected && expected.Name != name)
            {
                throw new InvalidOperationException(
                    $"The database's schema version {version} is \"{name}\", but this Vigil's version {version} is \"{expected.Name}\": "
                    + "the file was made by a different (pre-release) build. Use a new --db, or the build that made it.");
            }
        }
    }

    public static async Task<int> CurrentVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }
}
