using StubSupport;

namespace Microsoft.Data.SqlClient;

public sealed class SqlConnection : StubConnection
{
    public SqlConnection(string connectionString) : base(connectionString) { }
    public new SqlCommand CreateCommand() => new();
    protected override System.Data.Common.DbCommand CreateDbCommand() => new SqlCommand();
}

public sealed class SqlCommand : StubCommand
{
    public SqlCommand() { }
    public SqlCommand(string cmdText) => CommandText = cmdText;
    public SqlCommand(string cmdText, SqlConnection connection) { CommandText = cmdText; Connection = connection; }
    public new StubParameters Parameters { get; } = new();
    public new SqlConnection Connection { get; set; }
}
