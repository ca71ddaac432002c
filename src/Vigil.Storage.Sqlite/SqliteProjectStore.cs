using Microsoft.Data.Sqlite;
using static Vigil.Storage.Sqlite.SqliteValues;

namespace Vigil.Storage.Sqlite;

internal sealed class SqliteProjectStore(SqliteDatabase database, TimeProvider clock) : IProjectStore
{
    private const string KeyColumns = "id, project_id, name, scope, key_hash, prefix, created_at, revoked_at";

    public async Task<Project> GetOrCreateProjectAsync(string name, CancellationToken cancellationToken = default)
    {
        var existing = await FindProjectAsync(name, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        var project = new Project(Guid.NewGuid(), name, clock.GetUtcNow());
        return await database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO projects (id, name, created_at) VALUES ($id, $name, $at) ON CONFLICT(name) DO NOTHING";
            insert.Parameters.AddWithValue("$id", ToText(project.Id));
            insert.Parameters.AddWithValue("$name", name);
            insert.Parameters.AddWithValue("$at", ToMillis(project.CreatedAt));
            var added = await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return added == 1 ? project : (await ReadProjectAsync(connection, transaction, name, cancellationToken).ConfigureAwait(false))!;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Project?> FindProjectAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadProjectAsync(connection, null, name, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Project>> ListProjectsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, created_at FROM projects ORDER BY name";
        var projects = new List<Project>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            projects.Add(new Project(ReadGuid(reader, 0), reader.GetString(1), FromMillis(reader.GetInt64(2))));
        }

        return projects;
    }

    public Task<ApiKeyRecord> AddKeyAsync(Guid projectId, KeyScope scope, string hash, string prefix, string? name, CancellationToken cancellationToken = default)
    {
        var key = new ApiKeyRecord(Guid.NewGuid(), projectId, name, scope, hash, prefix, clock.GetUtcNow(), null);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO api_keys ({KeyColumns}) VALUES ($id, $project, $name, $scope, $hash, $prefix, $at, NULL)";
            insert.Parameters.AddWithValue("$id", ToText(key.Id));
            insert.Parameters.AddWithValue("$project", ToText(projectId));
            insert.Parameters.AddWithValue("$name", OrNull(name));
            insert.Parameters.AddWithValue("$scope", scope.ToString().ToLowerInvariant());
            insert.Parameters.AddWithValue("$hash", hash);
            insert.Parameters.AddWithValue("$prefix", prefix);
            insert.Parameters.AddWithValue("$at", ToMillis(key.CreatedAt));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return key;
        }, cancellationToken);
    }

    public async Task<ApiKeyRecord?> FindKeyByHashAsync(string hash, CancellationToken cancellationToken = default)
    {
        var keys = await ReadKeysAsync("key_hash = $p", hash, cancellationToken).ConfigureAwait(false);
        return keys.Count == 0 ? null : keys[0];
    }

    public Task<IReadOnlyList<ApiKeyRecord>> ListKeysAsync(Guid projectId, CancellationToken cancellationToken = default) =>
        ReadKeysAsync("project_id = $p ORDER BY created_at", ToText(projectId), cancellationToken);

    public Task<bool> RevokeKeyAsync(Guid projectId, string idOrPrefix, CancellationToken cancellationToken = default) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = "UPDATE api_keys SET revoked_at = $at WHERE project_id = $project AND revoked_at IS NULL AND (id = $key OR prefix = $key)";
            update.Parameters.AddWithValue("$at", ToMillis(clock.GetUtcNow()));
            update.Parameters.AddWithValue("$project", ToText(projectId));
            update.Parameters.AddWithValue("$key", idOrPrefix);
            return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
        }, cancellationToken);

    private async Task<IReadOnlyList<ApiKeyRecord>> ReadKeysAsync(string where, string parameter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {KeyColumns} FROM api_keys WHERE {where}";
        command.Parameters.AddWithValue("$p", parameter);
        var keys = new List<ApiKeyRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(new ApiKeyRecord(
                ReadGuid(reader, 0),
                ReadGuid(reader, 1),
                ReadNullableString(reader, 2),
                Enum.Parse<KeyScope>(reader.GetString(3), ignoreCase: true),
                reader.GetString(4),
                reader.GetString(5),
                FromMillis(reader.GetInt64(6)),
                ReadNullableTime(reader, 7)));
        }

        return keys;
    }

    private static async Task<Project?> ReadProjectAsync(SqliteConnection connection, SqliteTransaction? transaction, string name, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id, name, created_at FROM projects WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new Project(ReadGuid(reader, 0), reader.GetString(1), FromMillis(reader.GetInt64(2)))
            : null;
    }
}
