using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Vigil.Storage.Sqlite;

/// <summary>Conversions between column values and our types, in one place.</summary>
internal static class SqliteValues
{
    public static long ToMillis(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMillis(long millis) => DateTimeOffset.FromUnixTimeMilliseconds(millis);

    public static string ToText(Guid id) => id.ToString("D");

    public static Guid ReadGuid(SqliteDataReader reader, int ordinal) => Guid.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture);

    public static string? ReadNullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset? ReadNullableTime(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : FromMillis(reader.GetInt64(ordinal));

    public static object OrNull(object? value) => value ?? DBNull.Value;
}
