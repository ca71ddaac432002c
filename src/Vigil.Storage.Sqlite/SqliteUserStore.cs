using static Vigil.Storage.Sqlite.SqliteValues;

namespace Vigil.Storage.Sqlite;

internal sealed class SqliteUserStore(SqliteDatabase database, TimeProvider clock) : IUserStore
{
    public async Task<bool> AnyUserAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM users)";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    public Task<UserRecord> AddUserAsync(string username, string passwordHash, CancellationToken cancellationToken = default)
    {
        var user = new UserRecord(Guid.NewGuid(), username, passwordHash, clock.GetUtcNow());
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO users (id, username, password_hash, created_at) VALUES ($id, $u, $h, $at)";
            insert.Parameters.AddWithValue("$id", ToText(user.Id));
            insert.Parameters.AddWithValue("$u", username);
            insert.Parameters.AddWithValue("$h", passwordHash);
            insert.Parameters.AddWithValue("$at", ToMillis(user.CreatedAt));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return user;
        }, cancellationToken);
    }

    public async Task<UserRecord?> FindUserAsync(string username, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, username, password_hash, created_at FROM users WHERE username = $u";
        command.Parameters.AddWithValue("$u", username);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new UserRecord(ReadGuid(reader, 0), reader.GetString(1), reader.GetString(2), FromMillis(reader.GetInt64(3)))
            : null;
    }

    public Task<bool> SetPasswordHashAsync(string username, string passwordHash, CancellationToken cancellationToken = default) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = "UPDATE users SET password_hash = $h WHERE username = $u";
            update.Parameters.AddWithValue("$h", passwordHash);
            update.Parameters.AddWithValue("$u", username);
            return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken);
}
