namespace Vigil.Scan.Taint;

/// <summary>
/// One sink as data: a method call, constructor or property assignment, the types it belongs to (matched by simple name,
/// so unrestored packages such as Dapper or Npgsql still match), and which argument must not carry request data.
/// </summary>
/// <param name="Types">Receiver or containing type names; a name ending in <c>*</c> matches by prefix, one starting with <c>*</c> by suffix. Empty: any type.</param>
/// <param name="Arguments">Zero-based indexes among the written arguments (the receiver of an extension call is not one).</param>
/// <param name="InterpolationIsSafe">The API turns an interpolated string into parameters (EF Core <c>FromSql($"…")</c>).</param>
/// <param name="OnUnresolved">Also a sink when the receiver's type is unknown (a command from an unrestored provider's <c>CreateCommand()</c>).</param>
internal sealed record SinkSpec(SinkKind Kind, SinkShape Shape, string[] Types, string Member, int[] Arguments, bool InterpolationIsSafe = false, bool OnUnresolved = false)
{
    public static SinkSpec Call(SinkKind kind, string member, string[] types, params int[] arguments) => new(kind, SinkShape.Call, types, member, arguments.Length == 0 ? [0] : arguments);

    public static SinkSpec New(SinkKind kind, string type, params int[] arguments) => new(kind, SinkShape.New, [type], type, arguments.Length == 0 ? [0] : arguments);

    public static SinkSpec Set(SinkKind kind, string property, params string[] types) => new(kind, SinkShape.Set, types, property, [0]);

    public string Display => Shape switch
    {
        SinkShape.New => $"new {Member}(…)",
        SinkShape.Set => $"{(Types.Length > 0 ? Types[0].Trim('*') : "")}.{Member} =",
        _ => Types.Length > 0 ? $"{Types[0].Trim('*')}.{Member}(…)" : $"{Member}(…)",
    };

    public bool MatchesType(string? name)
    {
        if (Types.Length == 0)
        {
            return true;
        }

        if (name is null)
        {
            return false;
        }

        foreach (var t in Types)
        {
            if (t.EndsWith('*') ? name.StartsWith(t[..^1], StringComparison.Ordinal)
                : t.StartsWith('*') ? name.EndsWith(t[1..], StringComparison.Ordinal)
                : name == t)
            {
                return true;
            }
        }

        return false;
    }
}

internal enum SinkShape
{
    Call,
    New,
    Set,
}

/// <summary>A group of sinks of one kind, in its own file; <see cref="SinkCatalog"/> finds every implementation.</summary>
internal interface ISinkSet
{
    IEnumerable<SinkSpec> Sinks { get; }
}
