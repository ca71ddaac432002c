using Microsoft.Data.Sqlite;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// Connections to one SQLite file. Readers get pooled connections of their own; writes share one connection
/// behind a lock, because SQLite admits one writer at a time and a second would only wait on the file lock.
/// </summary>
internal sealed class SqliteDatabase : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private SqliteConnection? _writer;
    private WriterStatements? _statements;

    static SqliteDatabase() => SQLitePCL.Batteries_V2.Init();

    public SqliteDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString();
    }

    public string Path { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // WAL lets readers run beside the writer; FULL syncs the WAL on every commit, which is what
            // "202 only after the batch is durably stored" promises. busy_timeout covers a checkpoint in progress.
            await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;", cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the single writer connection inside one transaction. <paramref name="notCommitted"/>
    /// runs, still under the lock, when the work or the commit fails, so in-memory state tied to the transaction is dropped
    /// before any other writer can see it.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken, Action? notCommitted = null) =>
        WriteAsync((connection, transaction, _) => work(connection, transaction), cancellationToken, notCommitted);

    /// <summary>As above, with the writer connection's kept statements (<see cref="WriterStatements"/>).</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, WriterStatements, Task<T>> work, CancellationToken cancellationToken, Action? notCommitted = null)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_writer is null)
            {
                _writer = await OpenAsync(cancellationToken).ConfigureAwait(false);
                _statements = new WriterStatements(_writer);
            }

            await using var transaction = (SqliteTransaction)await _writer.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var result = await work(_writer, transaction, _statements!).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch
            {
                notCommitted?.Invoke();
                throw;
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_writer is not null)
            {
                // Statements first: a connection closed with live statements stays open as a zombie until they are finalized.
                _statements?.Dispose();
                _statements = null;
                await _writer.DisposeAsync().ConfigureAwait(false);
                _writer = null;
            }
        }
        finally
        {
            _writeLock.Release();
        }

        SqliteConnection.ClearAllPools();
    }
}
