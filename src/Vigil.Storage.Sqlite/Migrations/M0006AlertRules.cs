namespace Vigil.Storage.Sqlite.Migrations;

internal static class M0006AlertRules
{
    // Few rows per project, all read at start and after each change: no index beyond the project's.
    public static readonly Migration Migration = new(6, "alert_rules", """
        CREATE TABLE alert_rules (
            id TEXT PRIMARY KEY,
            project_id TEXT NOT NULL REFERENCES projects(id),
            name TEXT NOT NULL,
            rule_id TEXT,
            min_threat INTEGER NOT NULL,
            endpoint TEXT,
            subject TEXT,
            threshold INTEGER NOT NULL,
            window_seconds INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            UNIQUE (project_id, name)
        );
        """);
}
