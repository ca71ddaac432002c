namespace Vigil.OpenApi.Positions;

/// <summary>
/// Where each node of a loaded document starts in its file: JSON pointer → 1-based line and column. A pointer the
/// file does not hold (a 2.0 document read as 3.x, a value reached through a <c>$ref</c>) resolves to its nearest
/// ancestor that it does hold, so every finding still points somewhere a person can look.
/// </summary>
public sealed class PositionIndex
{
    private readonly Dictionary<ulong, long> _positions;

    internal PositionIndex(string file, Dictionary<ulong, long> positions)
    {
        File = file;
        _positions = positions;
    }

    /// <summary>The file as the user named it.</summary>
    public string File { get; }

    /// <summary>Nodes indexed.</summary>
    public int Count => _positions.Count;

    /// <summary>An index that knows nothing (documents built in memory); every look-up answers line 0.</summary>
    public static PositionIndex Empty(string file) => new(file, []);

    /// <summary>The exact position of an escaped JSON pointer such as <c>/paths/~1orders/get</c>, if the file holds it.</summary>
    public bool TryFind(string pointer, out int line, out int column)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        if (_positions.TryGetValue(PointerHash.Of(pointer), out var packed))
        {
            (line, column) = Unpack(packed);
            return true;
        }

        line = column = 0;
        return false;
    }

    /// <summary>The position of the pointer, or of its nearest ancestor the file holds; (0, 0) when none.</summary>
    public (int Line, int Column) Locate(string pointer)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        foreach (var candidate in Candidates(pointer))
        {
            var span = candidate.AsSpan();
            while (true)
            {
                if (_positions.TryGetValue(PointerHash.Of(span), out var packed))
                {
                    return Unpack(packed);
                }

                var slash = span.LastIndexOf('/');
                if (slash <= 0)
                {
                    // Stop short of the root so the next candidate spelling gets its chance first.
                    break;
                }

                span = span[..slash];
            }
        }

        return _positions.TryGetValue(PointerHash.Root, out var root) ? Unpack(root) : (0, 0);
    }

    // A 2.0 document is read into the 3.x model; its components live under other names in the file.
    private static IEnumerable<string> Candidates(string pointer)
    {
        yield return pointer;
        foreach (var (v3, v2) in SwaggerNames)
        {
            if (pointer.StartsWith(v3, StringComparison.Ordinal))
            {
                yield return v2 + pointer[v3.Length..];
            }
        }
    }

    private static readonly (string V3, string V2)[] SwaggerNames =
    [
        ("/components/schemas", "/definitions"),
        ("/components/securitySchemes", "/securityDefinitions"),
        ("/components/parameters", "/parameters"),
        ("/components/responses", "/responses"),
        ("/servers", "/schemes"),
    ];

    internal static long Pack(int line, int column) => ((long)line << 32) | (uint)column;

    private static (int, int) Unpack(long packed) => ((int)(packed >> 32), (int)(packed & 0xFFFFFFFF));
}
