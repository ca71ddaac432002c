using System.Collections;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Microsoft.EntityFrameworkCore.Infrastructure
{
    public sealed class DatabaseFacade { }
}

namespace Microsoft.EntityFrameworkCore
{
    public class DbContext
    {
        public DatabaseFacade Database { get; } = new();
    }

    public class DbSet<T> : IQueryable<T> where T : class
    {
        private readonly IQueryable<T> _items = new List<T>().AsQueryable();
        public Type ElementType => _items.ElementType;
        public Expression Expression => _items.Expression;
        public IQueryProvider Provider => _items.Provider;
        public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    public static class RelationalQueryableExtensions
    {
        public static IQueryable<T> FromSqlRaw<T>(this DbSet<T> source, string sql, params object[] parameters) where T : class => source;
        public static IQueryable<T> FromSql<T>(this DbSet<T> source, FormattableString sql) where T : class => source;
        public static IQueryable<T> FromSqlInterpolated<T>(this DbSet<T> source, FormattableString sql) where T : class => source;
    }

    public static class RelationalDatabaseFacadeExtensions
    {
        public static int ExecuteSqlRaw(this DatabaseFacade database, string sql, params object[] parameters) => 0;
        public static int ExecuteSqlInterpolated(this DatabaseFacade database, FormattableString sql) => 0;
        public static int ExecuteSql(this DatabaseFacade database, FormattableString sql) => 0;
        public static IQueryable<T> SqlQueryRaw<T>(this DatabaseFacade database, string sql, params object[] parameters) => new List<T>().AsQueryable();
    }
}
