namespace Vigil.Storage.Sqlite.Migrations;

internal static class M0007ProjectSettings
{
    // Names and patterns are newline-separated (neither may hold a newline); lists are kept as uploaded text.
    public static readonly Migration Migration = new(7, "project_settings", """
        CREATE TABLE masking_rules (
            project_id TEXT PRIMARY KEY REFERENCES projects(id),
            names TEXT NOT NULL,
            patterns TEXT NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE TABLE ip_lists (
            project_id TEXT NOT NULL REFERENCES projects(id),
            name TEXT NOT NULL,
            content TEXT NOT NULL,
            entries INTEGER NOT NULL,
            uploaded_at INTEGER NOT NULL,
            PRIMARY KEY (project_id, name)
        );
        """);
}
