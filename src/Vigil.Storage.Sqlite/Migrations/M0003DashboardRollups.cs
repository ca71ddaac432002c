namespace Vigil.Storage.Sqlite.Migrations;

/// <summary>
/// Rollups kept at write time so dashboard pages cost the same over a million events as over a thousand, and the
/// indexes the requests list filters by. Existing events are folded into the counts; their latency histograms are
/// not rebuilt (SQL cannot compute them), so latency charts start at the upgrade.
/// </summary>
internal static class M0003DashboardRollups
{
    public static readonly Migration Migration = new(3, "dashboard rollups", """
        CREATE TABLE traffic_minutes (
            project_id TEXT NOT NULL,
            minute INTEGER NOT NULL,
            requests INTEGER NOT NULL,
            client_errors INTEGER NOT NULL,
            server_errors INTEGER NOT NULL,
            threat_low INTEGER NOT NULL,
            threat_medium INTEGER NOT NULL,
            threat_high INTEGER NOT NULL,
            latency BLOB NOT NULL,
            PRIMARY KEY (project_id, minute)
        ) WITHOUT ROWID;
        CREATE TABLE endpoint_hours (
            project_id TEXT NOT NULL,
            hour INTEGER NOT NULL,
            method TEXT NOT NULL,
            route TEXT NOT NULL,
            requests INTEGER NOT NULL,
            server_errors INTEGER NOT NULL,
            threats INTEGER NOT NULL,
            PRIMARY KEY (project_id, hour, method, route)
        ) WITHOUT ROWID;
        CREATE TABLE client_hours (
            project_id TEXT NOT NULL,
            hour INTEGER NOT NULL,
            client_ip TEXT NOT NULL,
            requests INTEGER NOT NULL,
            server_errors INTEGER NOT NULL,
            threats INTEGER NOT NULL,
            PRIMARY KEY (project_id, hour, client_ip)
        ) WITHOUT ROWID;
        -- Top clients of ranges over a day read days: clients x hours grows too fast (2,000 clients: 48k rows a day).
        CREATE TABLE client_days (
            project_id TEXT NOT NULL,
            day INTEGER NOT NULL,
            client_ip TEXT NOT NULL,
            requests INTEGER NOT NULL,
            server_errors INTEGER NOT NULL,
            threats INTEGER NOT NULL,
            PRIMARY KEY (project_id, day, client_ip)
        ) WITHOUT ROWID;
        CREATE TABLE endpoint_traits (
            project_id TEXT NOT NULL,
            method TEXT NOT NULL,
            route TEXT NOT NULL,
            authenticated INTEGER NOT NULL,
            anonymous INTEGER NOT NULL,
            threat_low INTEGER NOT NULL,
            threat_medium INTEGER NOT NULL,
            threat_high INTEGER NOT NULL,
            PRIMARY KEY (project_id, method, route)
        ) WITHOUT ROWID;
        CREATE TABLE endpoint_rules (
            project_id TEXT NOT NULL,
            method TEXT NOT NULL,
            route TEXT NOT NULL,
            rule_id TEXT NOT NULL,
            count INTEGER NOT NULL,
            last_seen INTEGER NOT NULL,
            PRIMARY KEY (project_id, method, route, rule_id)
        ) WITHOUT ROWID;

        INSERT INTO traffic_minutes
            SELECT project_id, ts / 60000 * 60000, COUNT(*), SUM(status BETWEEN 400 AND 499), SUM(status >= 500),
                   SUM(threat = 1), SUM(threat = 2), SUM(threat = 3), x''
            FROM events GROUP BY project_id, ts / 60000;
        INSERT INTO endpoint_hours
            SELECT project_id, ts / 3600000 * 3600000, method, route, COUNT(*), SUM(status >= 500), SUM(threat >= 2)
            FROM events GROUP BY project_id, ts / 3600000, method, route;
        INSERT INTO client_hours
            SELECT project_id, ts / 3600000 * 3600000, client_ip, COUNT(*), SUM(status >= 500), SUM(threat >= 2)
            FROM events GROUP BY project_id, ts / 3600000, client_ip;
        INSERT INTO client_days
            SELECT project_id, ts / 86400000 * 86400000, client_ip, COUNT(*), SUM(status >= 500), SUM(threat >= 2)
            FROM events GROUP BY project_id, ts / 86400000, client_ip;
        INSERT INTO endpoint_traits
            SELECT project_id, method, route, SUM(user_id IS NOT NULL), SUM(user_id IS NULL), SUM(threat = 1), SUM(threat = 2), SUM(threat = 3)
            FROM events GROUP BY project_id, method, route;

        -- Filters of the requests list walk these newest first without sorting. A filter matching nothing walked all
        -- 1,000,000 events by time (1.2 s); by index it is ~0.1 ms. Each index costs every insert, so there are few:
        -- an exact status walks its class. (A partial threat index "WHERE threat >= 2" was tried: SQLite then ranged
        -- over it and sorted, 28 ms instead of 1.9 ms.)
        CREATE INDEX ix_events_project_class_ts ON events(project_id, status / 100, ts DESC);
        CREATE INDEX ix_events_project_client_ts ON events(project_id, client_ip, ts DESC);
        CREATE INDEX ix_events_project_threat_ts ON events(project_id, threat, ts DESC);
        CREATE INDEX ix_findings_project_endpoint ON findings(project_id, endpoint, seq DESC);
        -- The feed pages by seq; without this the planner sorted a project's every finding (358 ms at 50k findings).
        CREATE INDEX ix_findings_project_seq ON findings(project_id, seq);
        """);
}
