using StubSupport;

namespace Npgsql;

public sealed class NpgsqlConnection : StubConnection
{
    public NpgsqlConnection(string connectionString) : base(connectionString) { }
    public new NpgsqlCommand CreateCommand() => new();
    protected override System.Data.Common.DbCommand CreateDbCommand() => new NpgsqlCommand();
}

public sealed class NpgsqlCommand : StubCommand
{
    public NpgsqlCommand() { }
    public NpgsqlCommand(string cmdText) => CommandText = cmdText;
    public NpgsqlCommand(string cmdText, NpgsqlConnection connection) { CommandText = cmdText; Connection = connection; }
    public new StubParameters Parameters { get; } = new();
    public new NpgsqlConnection Connection { get; set; }
}
