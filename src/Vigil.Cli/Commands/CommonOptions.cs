using System.CommandLine;

namespace Vigil.Cli.Commands;

internal static class CommonOptions
{
    public const string DefaultDatabase = "vigil.db";

    public static Option<string> Database(string defaultPath = DefaultDatabase) => new("--db")
    {
        Description = "SQLite database file (created when missing)",
        DefaultValueFactory = _ => defaultPath,
    };
}
