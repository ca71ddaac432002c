namespace Vigil.Storage.Sqlite.Migrations;

internal static class M0011SharedFindingsForm
{
    // No schema change: events.findings may now hold the short {"shared":[...]} form (StoredFindings), which a Vigil
    // from before it cannot read. The version step makes such a Vigil refuse this database at start-up with its
    // "newer than this Vigil understands" message instead of answering 500 on every events read.
    public static readonly Migration Migration = new(11, "shared_findings_form", "SELECT 1;");
}
