using System.Data;

namespace Dapper;

public static class SqlMapper
{
    public static IEnumerable<T> Query<T>(this IDbConnection cnn, string sql, object param = null, IDbTransaction transaction = null) => [];
    public static int Execute(this IDbConnection cnn, string sql, object param = null, IDbTransaction transaction = null) => 0;
    public static Task<T> QueryFirstOrDefaultAsync<T>(this IDbConnection cnn, string sql, object param = null, IDbTransaction transaction = null) => Task.FromResult<T>(default);
}
