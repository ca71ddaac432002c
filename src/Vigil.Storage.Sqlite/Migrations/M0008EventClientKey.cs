namespace Vigil.Storage.Sqlite.Migrations;

internal static class M0008EventClientKey
{
    // The credential fingerprint taken before masking: without it a replay after a restart (warming the behavioural
    // detectors) would see every API-key client as its address. An HMAC under the installation's secret, never the key.
    public static readonly Migration Migration = new(8, "event_client_key", """
        ALTER TABLE events ADD COLUMN client_key TEXT;
        """);
}
