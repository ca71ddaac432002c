namespace Vigil.Scan.Taint.Sinks;

/// <summary>OS commands: the program and its argument string.</summary>
internal sealed class CommandSinks : ISinkSet
{
    public IEnumerable<SinkSpec> Sinks =>
    [
        SinkSpec.Call(SinkKind.Command, "Start", ["Process"], 0, 1),
        SinkSpec.New(SinkKind.Command, "ProcessStartInfo", 0, 1),
        SinkSpec.Set(SinkKind.Command, "FileName", "ProcessStartInfo"),
        SinkSpec.Set(SinkKind.Command, "Arguments", "ProcessStartInfo"),
    ];
}
