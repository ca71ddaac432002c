namespace Vigil.Storage.Sqlite.Migrations;

internal static class M0001Initial
{
    // Times are Unix milliseconds (INTEGER) so range scans and ordering are cheap; ids are TEXT UUIDs.
    public static readonly Migration Migration = new(1, "initial", """
        CREATE TABLE projects (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_at INTEGER NOT NULL
        );
        CREATE TABLE api_keys (
            id TEXT PRIMARY KEY,
            project_id TEXT NOT NULL REFERENCES projects(id),
            name TEXT,
            scope TEXT NOT NULL,
            key_hash TEXT NOT NULL UNIQUE,
            prefix TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            revoked_at INTEGER
        );
        CREATE INDEX ix_api_keys_project ON api_keys(project_id);
        CREATE TABLE users (
            id TEXT PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            password_hash TEXT NOT NULL,
            created_at INTEGER NOT NULL
        );
        CREATE TABLE events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL,
            project_id TEXT NOT NULL REFERENCES projects(id),
            ts INTEGER NOT NULL,
            method TEXT NOT NULL,
            route TEXT NOT NULL,
            path TEXT NOT NULL,
            status INTEGER NOT NULL,
            duration_ms REAL NOT NULL,
            client_ip TEXT NOT NULL,
            user_id TEXT,
            threat INTEGER NOT NULL DEFAULT 0,
            payload TEXT NOT NULL,
            findings TEXT
        );
        -- Ids are unique per project only: a global constraint would let one project probe or squat another's ids.
        CREATE UNIQUE INDEX ux_events_project_id ON events(project_id, id);
        CREATE INDEX ix_events_project_ts ON events(project_id, ts DESC);
        CREATE INDEX ix_events_project_route_ts ON events(project_id, route, ts DESC);
        CREATE TABLE endpoints (
            project_id TEXT NOT NULL REFERENCES projects(id),
            method TEXT NOT NULL,
            route TEXT NOT NULL,
            requests INTEGER NOT NULL,
            client_errors INTEGER NOT NULL,
            server_errors INTEGER NOT NULL,
            first_seen INTEGER NOT NULL,
            last_seen INTEGER NOT NULL,
            latency BLOB NOT NULL,
            PRIMARY KEY (project_id, method, route)
        ) WITHOUT ROWID;
        CREATE TABLE findings (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            project_id TEXT NOT NULL REFERENCES projects(id),
            event_id TEXT,
            rule_id TEXT NOT NULL,
            title TEXT NOT NULL,
            threat INTEGER NOT NULL,
            endpoint TEXT,
            location TEXT,
            evidence TEXT,
            ts INTEGER NOT NULL
        );
        CREATE INDEX ix_findings_project_ts ON findings(project_id, ts DESC);
        CREATE INDEX ix_findings_event ON findings(event_id);
        """);
}
