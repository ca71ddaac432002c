using StubSupport;

namespace Microsoft.Data.Sqlite;

public sealed class SqliteConnection : StubConnection
{
    public SqliteConnection(string connectionString) : base(connectionString) { }
    public new SqliteCommand CreateCommand() => new();
    protected override System.Data.Common.DbCommand CreateDbCommand() => new SqliteCommand();
}

public sealed class SqliteCommand : StubCommand
{
    public SqliteCommand() { }
    public SqliteCommand(string cmdText) => CommandText = cmdText;
    public SqliteCommand(string cmdText, SqliteConnection connection) { CommandText = cmdText; Connection = connection; }
    public new StubParameters Parameters { get; } = new();
    public new SqliteConnection Connection { get; set; }
}
