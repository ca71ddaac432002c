namespace Vigil.Storage.Sqlite.Migrations;

internal static class M0010FindingSource
{
    // Runtime findings are linked to their handler and escalated at ingest (the collector's FindingLinker), so the
    // feed must keep what the linker wrote: the message naming the code finding, and the handler's file and line.
    public static readonly Migration Migration = new(10, "finding_source", """
        ALTER TABLE findings ADD COLUMN message TEXT;
        ALTER TABLE findings ADD COLUMN source_file TEXT;
        ALTER TABLE findings ADD COLUMN source_line INTEGER;
        """);
}
