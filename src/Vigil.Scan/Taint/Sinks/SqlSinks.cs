namespace Vigil.Scan.Taint.Sinks;

/// <summary>
/// SQL text: ADO.NET commands for SQL Server, PostgreSQL, SQLite, MySQL, Oracle, ODBC/OLE DB; EF Core raw SQL; Dapper.
/// Parameter values (<c>SqlParameter</c>, <c>AddWithValue</c>, Dapper's <c>param</c>) are never sinks: only the SQL text is.
/// </summary>
internal sealed class SqlSinks : ISinkSet
{
    private static readonly string[] Commands = ["*Command", "DbCommand", "IDbCommand"];
    private static readonly string[] Connections = ["*Connection", "IDbConnection", "*Transaction", "DbContext", "*DbContext"];
    // EF Core's raw-SQL names are its own: any receiver (often unresolved when EF is not restored) matches.
    private static readonly string[] EfSets = [];

    public IEnumerable<SinkSpec> Sinks =>
    [
        SinkSpec.Set(SinkKind.Sql, "CommandText", Commands) with { OnUnresolved = true },
        .. ((string[])["SqlCommand", "NpgsqlCommand", "SqliteCommand", "MySqlCommand", "OracleCommand", "OdbcCommand", "OleDbCommand", "SqlDataAdapter", "NpgsqlDataAdapter", "MySqlDataAdapter"])
            .Select(t => SinkSpec.New(SinkKind.Sql, t)),
        .. ((string[])["FromSqlRaw", "ExecuteSqlRaw", "ExecuteSqlRawAsync", "SqlQueryRaw"]).Select(m => SinkSpec.Call(SinkKind.Sql, m, EfSets)),
        .. ((string[])["FromSql", "ExecuteSql", "ExecuteSqlAsync", "SqlQuery", "FromSqlInterpolated", "ExecuteSqlInterpolated", "ExecuteSqlInterpolatedAsync"])
            .Select(m => SinkSpec.Call(SinkKind.Sql, m, EfSets) with { InterpolationIsSafe = true }),
        .. ((string[])
        [
            "Query", "QueryAsync", "QueryFirst", "QueryFirstAsync", "QueryFirstOrDefault", "QueryFirstOrDefaultAsync", "QuerySingle", "QuerySingleAsync",
            "QuerySingleOrDefault", "QuerySingleOrDefaultAsync", "QueryMultiple", "QueryMultipleAsync", "Execute", "ExecuteAsync", "ExecuteScalar",
            "ExecuteScalarAsync", "ExecuteReader", "ExecuteReaderAsync", "QueryUnbufferedAsync",
        ]).Select(m => SinkSpec.Call(SinkKind.Sql, m, Connections)),
    ];
}
