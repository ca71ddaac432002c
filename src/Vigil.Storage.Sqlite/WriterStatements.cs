using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// Statements of the single writer connection, prepared once and kept for the connection's life. A new
/// <see cref="SqliteCommand"/> prepares its SQL again on first use; the append path runs about ten statements per
/// commit, so re-preparing them in every transaction cost more than the rows of a small commit. Used only under the
/// database's write lock; every statement is reset after use, so one left mid-step by a failed transaction is clean
/// for the next.
/// </summary>
internal sealed class WriterStatements(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, sqlite3_stmt> _raw = new(StringComparer.Ordinal);

    /// <summary>A kept command for <paramref name="sql"/>, enlisted in <paramref name="transaction"/>; never dispose it.</summary>
    public SqliteCommand Command(string sql, SqliteTransaction transaction)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Transaction = transaction;
        return command;
    }

    /// <summary>The kept command's parameter <paramref name="name"/>, added on first use.</summary>
    public static SqliteParameter Parameter(SqliteCommand command, string name, SqliteType type) =>
        command.Parameters.Contains(name) ? command.Parameters[name] : command.Parameters.Add(name, type);

    /// <summary>A kept native statement for the hottest rows, bound by position (<c>?1</c>, <c>?2</c>, ...).</summary>
    public sqlite3_stmt Native(string sql)
    {
        if (!_raw.TryGetValue(sql, out var statement))
        {
            var rc = raw.sqlite3_prepare_v2(connection.Handle!, sql, out statement);
            SqliteException.ThrowExceptionForRC(rc, connection.Handle);
            _raw[sql] = statement;
        }

        return statement;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        foreach (var statement in _raw.Values)
        {
            statement.Dispose();
        }

        _commands.Clear();
        _raw.Clear();
    }
}
