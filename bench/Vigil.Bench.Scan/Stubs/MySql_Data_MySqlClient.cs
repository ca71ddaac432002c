using StubSupport;

namespace MySql.Data.MySqlClient;

public sealed class MySqlConnection : StubConnection
{
    public MySqlConnection(string connectionString) : base(connectionString) { }
    public new MySqlCommand CreateCommand() => new();
    protected override System.Data.Common.DbCommand CreateDbCommand() => new MySqlCommand();
}

public sealed class MySqlCommand : StubCommand
{
    public MySqlCommand() { }
    public MySqlCommand(string cmdText) => CommandText = cmdText;
    public MySqlCommand(string cmdText, MySqlConnection connection) { CommandText = cmdText; Connection = connection; }
    public new StubParameters Parameters { get; } = new();
    public new MySqlConnection Connection { get; set; }
}
