namespace Vigil.Scan.Taint.Sinks;

/// <summary>File-system paths: reading, writing, deleting or serving a file whose name the client chose.</summary>
internal sealed class FilePathSinks : ISinkSet
{
    private static readonly string[] FileMembers =
    [
        "ReadAllText", "ReadAllTextAsync", "ReadAllBytes", "ReadAllBytesAsync", "ReadAllLines", "ReadAllLinesAsync", "ReadLines", "OpenRead", "OpenText",
        "OpenWrite", "Open", "Create", "WriteAllText", "WriteAllTextAsync", "WriteAllBytes", "WriteAllBytesAsync", "AppendAllText", "Delete", "Copy", "Move",
    ];

    public IEnumerable<SinkSpec> Sinks =>
    [
        .. FileMembers.Select(m => SinkSpec.Call(SinkKind.FilePath, m, ["File"], 0, 1)),
        .. ((string[])["Delete", "GetFiles", "EnumerateFiles", "CreateDirectory"]).Select(m => SinkSpec.Call(SinkKind.FilePath, m, ["Directory"])),
        SinkSpec.New(SinkKind.FilePath, "FileStream"),
        SinkSpec.New(SinkKind.FilePath, "StreamReader"),
        SinkSpec.New(SinkKind.FilePath, "StreamWriter"),
        SinkSpec.New(SinkKind.FilePath, "FileInfo"),
        SinkSpec.Call(SinkKind.FilePath, "PhysicalFile", ["ControllerBase", "Controller", "*Controller", "Results", "TypedResults"]),
    ];
}
