using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Vigil.Core.Findings;
using Vigil.Protocol;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// Inserts event rows through a kept native statement, binding UTF-8 straight from reused buffers. Through
/// <see cref="SqliteCommand"/> each row cost a data reader, a parameter-name lookup per column, the payload and findings
/// JSON built as UTF-16 strings and converted to UTF-8 again, and two formatted ids: ~8 KB of garbage per event. The
/// text stored is the same: the JSON comes from the same serializer contracts, written with their own encoders.
/// </summary>
internal sealed class EventRowInsert
{
    public const string Sql = """
        INSERT INTO events (id, project_id, ts, method, route, path, status, duration_ms, client_ip, user_id, threat, payload, findings, client_key)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
        ON CONFLICT (project_id, id) DO NOTHING
        """;

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _payloadJson;
    private readonly Utf8JsonWriter _findingsJson;
    private Guid _project;
    private byte[] _projectText = [];

    public EventRowInsert()
    {
        _payloadJson = Writer(ProtocolJson.Exchange);
        _findingsJson = Writer(StorageJsonContext.Default.IReadOnlyListFinding);
    }

    /// <summary>False when the project already holds an event with this id (a sender's retry).</summary>
    public bool Insert(sqlite3 db, sqlite3_stmt statement, StoredEvent stored)
    {
        var exchange = stored.Exchange;
        try
        {
            Span<byte> id = stackalloc byte[36];
            stored.Id.TryFormat(id, out _, "D");
            Check(db, raw.sqlite3_bind_text(statement, 1, id));
            Check(db, raw.sqlite3_bind_text(statement, 2, ProjectText(stored.ProjectId)));
            Check(db, raw.sqlite3_bind_int64(statement, 3, SqliteValues.ToMillis(exchange.Timestamp)));
            BindText(db, statement, 4, stored.Endpoint.Method);
            BindText(db, statement, 5, stored.Endpoint.Route);
            BindText(db, statement, 6, exchange.Request.Path);
            Check(db, raw.sqlite3_bind_int(statement, 7, exchange.Response.Status));
            Check(db, raw.sqlite3_bind_double(statement, 8, exchange.DurationMs));
            BindText(db, statement, 9, exchange.Request.ClientIp);
            BindText(db, statement, 10, exchange.Request.User?.Id);
            Check(db, raw.sqlite3_bind_int(statement, 11, (int)stored.Threat));
            BindJson(db, statement, 12, _payloadJson, exchange, ProtocolJson.Exchange);
            if (stored.Findings.Count == 0)
            {
                Check(db, raw.sqlite3_bind_null(statement, 13));
            }
            else
            {
                _buffer.ResetWrittenCount();
                _findingsJson.Reset(_buffer);
                StoredFindings.Write(_findingsJson, stored);
                _findingsJson.Flush();
                Check(db, raw.sqlite3_bind_text(statement, 13, _buffer.WrittenSpan));
            }

            BindText(db, statement, 14, stored.ClientKey);
            var rc = raw.sqlite3_step(statement);
            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, db);
            }

            return raw.sqlite3_changes(db) == 1;
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    private ReadOnlySpan<byte> ProjectText(Guid project)
    {
        if (project != _project || _projectText.Length == 0)
        {
            _projectText = Encoding.UTF8.GetBytes(SqliteValues.ToText(project));
            _project = project;
        }

        return _projectText;
    }

    private void BindText(sqlite3 db, sqlite3_stmt statement, int index, string? value)
    {
        if (value is null)
        {
            Check(db, raw.sqlite3_bind_null(statement, index));
        }
        else if (value.Length == 0)
        {
            // An empty span has no address and would bind NULL, not ''.
            Check(db, raw.sqlite3_bind_text(statement, index, string.Empty));
        }
        else
        {
            _buffer.ResetWrittenCount();
            var bytes = Encoding.UTF8.GetBytes(value, _buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(value.Length)));
            Check(db, raw.sqlite3_bind_text(statement, index, _buffer.GetSpan()[..bytes]));
        }
    }

    // SQLite copies bound text (SQLITE_TRANSIENT), so one buffer serves every column in turn.
    private void BindJson<T>(sqlite3 db, sqlite3_stmt statement, int index, Utf8JsonWriter writer, T value, JsonTypeInfo<T> type)
    {
        _buffer.ResetWrittenCount();
        writer.Reset(_buffer);
        JsonSerializer.Serialize(writer, value, type);
        writer.Flush();
        Check(db, raw.sqlite3_bind_text(statement, index, _buffer.WrittenSpan));
    }

    private Utf8JsonWriter Writer(JsonTypeInfo type) => new(_buffer, new JsonWriterOptions
    {
        // What JsonSerializer.Serialize(value, type) writes with: the same bytes as the strings stored before.
        Encoder = type.Options.Encoder,
        Indented = type.Options.WriteIndented,
        MaxDepth = type.Options.MaxDepth,
        SkipValidation = true,
    });

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }
}
