namespace Vigil.Storage.Sqlite.Migrations;

internal static class M0002Alerts
{
    // group_key is not unique: a resolved alert's key may open a new alert after its cooldown.
    public static readonly Migration Migration = new(2, "alerts", """
        CREATE TABLE alerts (
            id TEXT PRIMARY KEY,
            project_id TEXT NOT NULL REFERENCES projects(id),
            group_key TEXT NOT NULL,
            rule_id TEXT NOT NULL,
            title TEXT NOT NULL,
            threat INTEGER NOT NULL,
            subject TEXT NOT NULL,
            endpoint TEXT,
            alert_rule TEXT NOT NULL,
            status INTEGER NOT NULL,
            first_seen INTEGER NOT NULL,
            last_seen INTEGER NOT NULL,
            findings INTEGER NOT NULL,
            message TEXT,
            evidence TEXT,
            first_event_id TEXT,
            acknowledged_at INTEGER,
            resolved_at INTEGER
        );
        CREATE INDEX ix_alerts_project_seen ON alerts(project_id, last_seen DESC);
        CREATE INDEX ix_alerts_live ON alerts(status, resolved_at);
        CREATE TABLE alert_deliveries (
            id TEXT PRIMARY KEY,
            project_id TEXT NOT NULL REFERENCES projects(id),
            alert_id TEXT NOT NULL,
            channel TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            delivered INTEGER NOT NULL,
            http_status INTEGER,
            error TEXT,
            at INTEGER NOT NULL
        );
        CREATE INDEX ix_alert_deliveries_alert ON alert_deliveries(alert_id, at);
        CREATE TABLE alert_channels (
            project_id TEXT NOT NULL REFERENCES projects(id),
            name TEXT NOT NULL,
            kind INTEGER NOT NULL,
            target TEXT NOT NULL,
            secret TEXT,
            smtp_host TEXT,
            smtp_port INTEGER NOT NULL,
            mail_from TEXT,
            min_threat INTEGER NOT NULL,
            enabled INTEGER NOT NULL,
            PRIMARY KEY (project_id, name)
        ) WITHOUT ROWID;
        """);
}
