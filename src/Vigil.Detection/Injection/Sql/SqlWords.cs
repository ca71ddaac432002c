using System.Collections.Frozen;

namespace Vigil.Detection.Injection.Sql;

/// <summary>
/// The vocabulary: keywords with their identity and reservation, and built-in functions with the class of
/// harm they can do. Compiled once into a frozen table that is searched with the token's own span.
/// The lists come from the dialects' reference manuals (MySQL, PostgreSQL, T-SQL, Oracle, SQLite).
/// </summary>
internal static class SqlWords
{
    private const SqlWordTraits R = SqlWordTraits.Reserved;
    private const SqlWordTraits F = SqlWordTraits.Function;
    private const SqlWordTraits Callable = SqlWordTraits.Reserved | SqlWordTraits.Callable | SqlWordTraits.Function;

    private static readonly FrozenDictionary<string, (SqlKeyword Keyword, SqlWordTraits Traits)> Table = Build();

    private static readonly FrozenDictionary<string, (SqlKeyword Keyword, SqlWordTraits Traits)>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest entry; longer words are identifiers without a lookup.</summary>
    private static readonly int MaxLength = Table.Keys.Max(k => k.Length);

    public static (SqlKeyword Keyword, SqlWordTraits Traits) Classify(ReadOnlySpan<char> word) =>
        word.Length <= MaxLength && Lookup.TryGetValue(word, out var info) ? info : (SqlKeyword.None, SqlWordTraits.None);

    private static FrozenDictionary<string, (SqlKeyword, SqlWordTraits)> Build()
    {
        var t = new Dictionary<string, (SqlKeyword, SqlWordTraits)>(StringComparer.OrdinalIgnoreCase);

        void Keywords(SqlWordTraits traits, params (string Name, SqlKeyword Keyword)[] words)
        {
            foreach (var (name, keyword) in words)
            {
                t[name] = (keyword, traits);
            }
        }

        void Functions(SqlWordTraits traits, params string[] names)
        {
            foreach (string name in names)
            {
                t[name] = t.TryGetValue(name, out var existing)
                    ? (existing.Item1, existing.Item2 | traits | F)
                    : (SqlKeyword.None, traits | F);
            }
        }

        Keywords(R,
            ("and", SqlKeyword.And), ("or", SqlKeyword.Or), ("xor", SqlKeyword.Xor), ("not", SqlKeyword.Not),
            ("is", SqlKeyword.Is), ("null", SqlKeyword.Null), ("true", SqlKeyword.True), ("false", SqlKeyword.False),
            ("unknown", SqlKeyword.Unknown), ("rlike", SqlKeyword.Rlike),
            ("regexp", SqlKeyword.Regexp), ("ilike", SqlKeyword.Like), ("similar", SqlKeyword.Similar),
            ("sounds", SqlKeyword.Sounds), ("in", SqlKeyword.In), ("between", SqlKeyword.Between),
            ("escape", SqlKeyword.Escape), ("collate", SqlKeyword.Collate), ("binary", SqlKeyword.Binary),
            ("div", SqlKeyword.Div), ("case", SqlKeyword.Case), ("when", SqlKeyword.When), ("then", SqlKeyword.Then),
            ("else", SqlKeyword.Else), ("end", SqlKeyword.End), ("exists", SqlKeyword.Exists),
            ("interval", SqlKeyword.Interval), ("distinct", SqlKeyword.Distinct), ("distinctrow", SqlKeyword.Distinct), ("all", SqlKeyword.All),
            ("any", SqlKeyword.Any), ("some", SqlKeyword.Some), ("as", SqlKeyword.As),
            ("select", SqlKeyword.Select), ("from", SqlKeyword.From), ("where", SqlKeyword.Where),
            ("union", SqlKeyword.Union), ("except", SqlKeyword.Except), ("intersect", SqlKeyword.Intersect),
            ("minus", SqlKeyword.Minus), ("order", SqlKeyword.Order), ("group", SqlKeyword.Group), ("by", SqlKeyword.By),
            ("having", SqlKeyword.Having), ("limit", SqlKeyword.Limit), ("offset", SqlKeyword.Offset),
            ("asc", SqlKeyword.Asc), ("desc", SqlKeyword.Desc), ("procedure", SqlKeyword.Procedure),
            ("into", SqlKeyword.Into), ("for", SqlKeyword.For), ("update", SqlKeyword.Update),
            ("with", SqlKeyword.With), ("join", SqlKeyword.Join), ("inner", SqlKeyword.Inner),
            ("outer", SqlKeyword.Outer), ("cross", SqlKeyword.Cross), ("natural", SqlKeyword.Natural),
            ("straight_join", SqlKeyword.StraightJoin), ("on", SqlKeyword.On), ("using", SqlKeyword.Using),
            ("top", SqlKeyword.Top), ("fetch", SqlKeyword.Fetch), ("separator", SqlKeyword.Separator),
            ("values", SqlKeyword.Values), ("set", SqlKeyword.Set), ("delete", SqlKeyword.Delete),
            ("drop", SqlKeyword.Drop), ("table", SqlKeyword.Table), ("truncate", SqlKeyword.Truncate),
            ("alter", SqlKeyword.Alter), ("create", SqlKeyword.Create), ("exec", SqlKeyword.Exec),
            ("execute", SqlKeyword.Execute), ("declare", SqlKeyword.Declare), ("waitfor", SqlKeyword.Waitfor),
            ("shutdown", SqlKeyword.Shutdown), ("begin", SqlKeyword.Begin), ("call", SqlKeyword.Call),
            ("grant", SqlKeyword.Grant), ("revoke", SqlKeyword.Revoke), ("show", SqlKeyword.Show),
            ("use", SqlKeyword.Use), ("print", SqlKeyword.Print), ("reconfigure", SqlKeyword.Reconfigure),
            ("kill", SqlKeyword.Kill), ("deallocate", SqlKeyword.Deallocate), ("describe", SqlKeyword.Describe),
            ("explain", SqlKeyword.Explain), ("while", SqlKeyword.While), ("pragma", SqlKeyword.Pragma), ("window", SqlKeyword.Window));

        Keywords(Callable,
            ("left", SqlKeyword.Left), ("right", SqlKeyword.Right), ("if", SqlKeyword.If), ("mod", SqlKeyword.Mod),
            ("insert", SqlKeyword.Insert), ("replace", SqlKeyword.Replace), ("match", SqlKeyword.Match),
            ("full", SqlKeyword.Full), ("row", SqlKeyword.Row), ("like", SqlKeyword.Like), ("glob", SqlKeyword.Glob));

        Keywords(SqlWordTraits.None,
            ("rollup", SqlKeyword.Rollup), ("share", SqlKeyword.Share), ("lock", SqlKeyword.Lock),
            ("percent", SqlKeyword.Percent), ("first", SqlKeyword.First), ("next", SqlKeyword.Next),
            ("rows", SqlKeyword.Rows), ("only", SqlKeyword.Only), ("dual", SqlKeyword.Dual),
            ("outfile", SqlKeyword.Outfile), ("dumpfile", SqlKeyword.Dumpfile), ("value", SqlKeyword.Value),
            ("database", SqlKeyword.Database), ("schema", SqlKeyword.Schema), ("view", SqlKeyword.View),
            ("user", SqlKeyword.User), ("index", SqlKeyword.Index), ("immediate", SqlKeyword.Immediate),
            ("cursor", SqlKeyword.Cursor), ("delay", SqlKeyword.Delay), ("time", SqlKeyword.Time),
            ("nowait", SqlKeyword.Nowait), ("transaction", SqlKeyword.Transaction), ("tran", SqlKeyword.Transaction),
            ("do", SqlKeyword.Do), ("copy", SqlKeyword.Copy), ("program", SqlKeyword.Program),
            ("load", SqlKeyword.Load), ("data", SqlKeyword.Data), ("infile", SqlKeyword.Infile),
            ("open", SqlKeyword.Open), ("close", SqlKeyword.Close), ("output", SqlKeyword.Output),
            ("function", SqlKeyword.Function), ("trigger", SqlKeyword.Trigger), ("login", SqlKeyword.Login),
            ("role", SqlKeyword.Role), ("sequence", SqlKeyword.Sequence), ("temporary", SqlKeyword.Temporary),
            ("temp", SqlKeyword.Temporary), ("cascade", SqlKeyword.Cascade), ("names", SqlKeyword.Names),
            ("returns", SqlKeyword.Returns), ("language", SqlKeyword.Language), ("handler", SqlKeyword.Handler),
            ("attach", SqlKeyword.Attach), ("vacuum", SqlKeyword.Vacuum),
            ("current_user", SqlKeyword.CurrentUser), ("session_user", SqlKeyword.CurrentUser),
            ("system_user", SqlKeyword.CurrentUser));

        Functions(SqlWordTraits.Time,
            "sleep", "benchmark", "pg_sleep", "pg_sleep_for", "pg_sleep_until", "randomblob", "receive_message",
            "dbms_lock", "dbms_pipe", "get_lock", "waitfor");
        Functions(SqlWordTraits.File,
            "load_file", "pg_read_file", "pg_read_binary_file", "pg_ls_dir", "pg_stat_file", "lo_import", "lo_export",
            "openrowset", "opendatasource", "openquery", "xp_dirtree", "xp_fileexist", "xp_subdirs", "xp_regread",
            "httpuritype", "utl_http", "utl_inaddr", "utl_file", "utl_tcp", "utl_smtp", "dbms_ldap", "dbms_xslprocessor",
            "load_extension", "readfile", "writefile", "outfile", "dumpfile", "dblink", "dblink_connect");
        Functions(SqlWordTraits.Exec,
            "xp_cmdshell", "sp_oacreate", "sp_oamethod", "sp_makewebtask", "sp_execute_external_script",
            "sp_addextendedproc", "sp_configure", "sp_executesql", "sp_password", "sys_exec", "sys_eval",
            "dbms_java", "dbms_scheduler", "dbms_sql", "xp_regwrite", "xp_servicecontrol", "xp_availablemedia");
        Functions(SqlWordTraits.Error,
            "extractvalue", "updatexml", "geometrycollection", "multipoint", "polygon", "multipolygon", "linestring",
            "multilinestring", "name_const", "ctxsys", "xmltype", "dbms_xmlgen", "st_latfromgeohash",
            "st_longfromgeohash", "st_pointfromgeohash", "gtid_subset", "gtid_subtract", "json_keys");
        Functions(SqlWordTraits.Info,
            "version", "database", "schema", "user", "current_user", "system_user", "session_user", "db_name",
            "user_name", "suser_name", "suser_sname", "host_name", "current_database", "current_schema",
            "sqlite_version", "sys_context", "current_setting", "pg_ls_dir", "inet_server_addr", "connection_id", "last_insert_id", "user_id", "is_srvrolemember",
            "has_dbaccess", "is_member", "pg_user", "banner", "sqlite_master", "information_schema", "sysobjects",
            "syscolumns", "sysdatabases", "pg_catalog", "all_tables", "user_tables", "mysql");
        Functions(SqlWordTraits.None,
            "concat", "concat_ws", "group_concat", "string_agg", "listagg", "char", "chr", "nchar", "ascii", "ord",
            "unicode", "substring", "substr", "mid", "length", "len", "char_length", "character_length",
            "octet_length", "bit_length", "hex", "unhex", "bin", "oct", "conv", "cast", "convert", "iif", "ifnull",
            "isnull", "nullif", "coalesce", "nvl", "nvl2", "decode", "count", "sum", "avg", "min", "max", "lower",
            "lcase", "upper", "ucase", "md5", "sha", "sha1", "sha2", "rand", "random", "floor", "ceil", "ceiling",
            "round", "abs", "pi", "sqrt", "power", "pow", "now", "sysdate", "instr", "locate", "position", "reverse",
            "lpad", "rpad", "space", "repeat", "replicate", "elt", "field", "make_set", "quote", "str", "stuff",
            "trim", "ltrim", "rtrim", "strcmp", "soundex", "regexp_substr", "regexp_like", "generate_series",
            "array_agg", "array_to_json", "to_char", "to_number", "json_extract", "row_to_json", "xmlagg",
            "xmlelement", "object_id", "object_name", "col_name", "schema_name", "charindex", "patindex",
            "datalength", "typeof", "zeroblob", "unistr", "rawtohex", "aes_encrypt", "aes_decrypt", "compress",
            "uncompress", "crc32", "greatest", "least", "extract", "json_object", "json_array", "xmlforest",
            "exp", "sign", "ln", "log", "char_length", "format", "to_hex", "encode", "cot", "atan", "tan");

        return t.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
