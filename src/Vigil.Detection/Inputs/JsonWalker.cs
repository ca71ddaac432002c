using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Vigil.Detection.Inputs;

internal enum JsonTokenKind
{
    PropertyName,
    String,
    Number,

    /// <summary>A string or number the walk's filter judged not worth reading: <see cref="JsonVisit.Value"/> is empty.</summary>
    SkippedLeaf,
}

/// <summary>One property name, string or number of a JSON document, with the path of segments that leads to it.</summary>
internal readonly ref struct JsonVisit(JsonTokenKind kind, string? value, JsonPathTrail trail)
{
    public JsonTokenKind Kind { get; } = kind;

    /// <summary>The leaf's text, or for a property name the name (decoded only when read: most visitors skip names).</summary>
    public string Value => value ?? trail.Decoded()[^1];

    /// <summary>Segments from the root: property names and array indexes. Decoded on first read; valid only during the visit.</summary>
    public List<string> Path => trail.Decoded();

    /// <summary>A JSON pointer under <paramref name="root"/>, e.g. <c>body/items/0/name</c>.</summary>
    public string Pointer(string root) => Pointer(root, Path);

    public static string Pointer(string root, IReadOnlyList<string> path) =>
        path.Count == 0 ? root : root + "/" + string.Join('/', path.Select(p => p.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)));
}

/// <summary>
/// Walks a JSON body token by token, tracking the path of every property name, string and number. Reads as far as the
/// body parses, so a capture the SDK cut at 64 KiB still yields what came before the cut. Never throws; bounded in
/// depth, and the visitor stops the walk by returning false. Shared by request input extraction and the response rules.
/// </summary>
internal static class JsonWalker
{
    private const int MaxDepth = 64;

    public delegate bool Visitor(in JsonVisit visit);

    /// <summary>Whether a string or number leaf, as its raw (unescaped) UTF-8 bytes, is worth turning into a string.</summary>
    public delegate bool LeafFilter(ReadOnlySpan<byte> utf8);

    /// <param name="worthReading">
    /// When given, an unescaped leaf it rejects is visited as <see cref="JsonTokenKind.SkippedLeaf"/> without being
    /// decoded; escaped leaves are always decoded (their raw bytes are not their text).
    /// </param>
    public static void Walk(string body, Visitor visit, LeafFilter? worthReading = null)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(body.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(body, rented);
            Walk(rented, length, visit, worthReading);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static void Walk(byte[] utf8, int length, Visitor visit, LeafFilter? worthReading)
    {
        var reader = new Utf8JsonReader(utf8.AsSpan(0, length), isFinalBlock: true, new JsonReaderState(new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Skip }));
        var path = new JsonPathTrail(utf8);
        var arrayIndex = new Stack<int>();
        try
        {
            var go = true;
            while (go && reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        if (reader.ValueIsEscaped)
                        {
                            path.SetName(reader.CurrentDepth, reader.GetString()!);
                        }
                        else
                        {
                            // The name's bytes sit between the quotes that open the token.
                            path.SetName(reader.CurrentDepth, (int)reader.TokenStartIndex + 1, reader.ValueSpan.Length);
                        }

                        go = visit(new JsonVisit(JsonTokenKind.PropertyName, null, path));
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        NextArrayItem(path, arrayIndex, reader.CurrentDepth);
                        arrayIndex.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        arrayIndex.Pop();
                        path.Trim(reader.CurrentDepth);
                        break;
                    case JsonTokenType.String or JsonTokenType.Number:
                        NextArrayItem(path, arrayIndex, reader.CurrentDepth);
                        go = visit(Leaf(ref reader, path, worthReading));
                        break;
                    default:
                        NextArrayItem(path, arrayIndex, reader.CurrentDepth);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Truncated or malformed: keep what was read.
        }
        catch (InvalidOperationException)
        {
            // A string with invalid UTF-16 surrogates; keep what was read.
        }
    }

    private static JsonVisit Leaf(ref Utf8JsonReader reader, JsonPathTrail path, LeafFilter? worthReading)
    {
        if (worthReading is not null && !reader.ValueIsEscaped && !worthReading(reader.ValueSpan))
        {
            return new JsonVisit(JsonTokenKind.SkippedLeaf, "", path);
        }

        return reader.TokenType == JsonTokenType.String
            ? new JsonVisit(JsonTokenKind.String, reader.GetString()!, path)
            : new JsonVisit(JsonTokenKind.Number, Encoding.UTF8.GetString(reader.ValueSpan), path);
    }

    // Inside an array, each value takes the next index as its last path segment.
    private static void NextArrayItem(JsonPathTrail path, Stack<int> arrayIndex, int depth)
    {
        if (arrayIndex.Count == 0 || arrayIndex.Peek() < 0)
        {
            return;
        }

        var index = arrayIndex.Pop();
        arrayIndex.Push(index + 1);
        path.SetIndex(depth, index);
    }
}
