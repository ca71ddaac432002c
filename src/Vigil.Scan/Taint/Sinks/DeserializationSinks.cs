namespace Vigil.Scan.Taint.Sinks;

/// <summary>Type names from the request deciding what gets instantiated, and type-embedding formatters reading the request.</summary>
internal sealed class DeserializationSinks : ISinkSet
{
    private static readonly string[] Formatters = ["BinaryFormatter", "SoapFormatter", "NetDataContractSerializer", "LosFormatter", "ObjectStateFormatter"];

    public IEnumerable<SinkSpec> Sinks =>
    [
        SinkSpec.Call(SinkKind.Deserialization, "GetType", ["Type"]),
        SinkSpec.Call(SinkKind.Deserialization, "CreateInstance", ["Activator"], 0, 1),
        SinkSpec.Call(SinkKind.Deserialization, "Load", ["Assembly"]),
        SinkSpec.Call(SinkKind.Deserialization, "Deserialize", Formatters),
    ];
}
