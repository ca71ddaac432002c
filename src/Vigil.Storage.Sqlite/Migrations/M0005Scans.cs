namespace Vigil.Storage.Sqlite.Migrations;

internal static class M0005Scans
{
    // One latest scan per project, kept as the validated JSON: it is read whole (a few hundred endpoints) and cached.
    public static readonly Migration Migration = new(5, "scans", """
        CREATE TABLE scans (
            project_id TEXT PRIMARY KEY REFERENCES projects(id),
            content TEXT NOT NULL,
            uploaded_at INTEGER NOT NULL
        );
        """);
}
