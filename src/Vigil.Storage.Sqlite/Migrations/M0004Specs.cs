namespace Vigil.Storage.Sqlite.Migrations;

internal static class M0004Specs
{
    // One current spec per project; the text is kept as uploaded so errors can still point at its lines.
    public static readonly Migration Migration = new(4, "specs", """
        CREATE TABLE specs (
            project_id TEXT PRIMARY KEY REFERENCES projects(id),
            name TEXT NOT NULL,
            content TEXT NOT NULL,
            attached_at INTEGER NOT NULL
        );
        """);
}
