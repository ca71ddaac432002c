using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Vigil.Detection.Inputs;

internal enum JsonTokenKind
{
    PropertyName,
    String,
    Number,
}

/// <summary>One property name, string or number of a JSON document, with the path of segments that leads to it.</summary>
internal readonly ref struct JsonVisit(JsonTokenKind kind, string value, List<string> path)
{
    public JsonTokenKind Kind { get; } = kind;

    public string Value { get; } = value;

    /// <summary>Segments from the root: property names and array indexes. Valid only during the visit.</summary>
    public List<string> Path { get; } = path;

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

    public static void Walk(string body, Visitor visit)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var reader = new Utf8JsonReader(bytes, isFinalBlock: true, new JsonReaderState(new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Skip }));
        var path = new List<string>();
        var arrayIndex = new Stack<int>();
        try
        {
            var go = true;
            while (go && reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        SetLast(path, name, reader.CurrentDepth);
                        go = visit(new JsonVisit(JsonTokenKind.PropertyName, name, path));
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        NextArrayItem(path, arrayIndex, reader.CurrentDepth);
                        arrayIndex.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        arrayIndex.Pop();
                        Trim(path, reader.CurrentDepth);
                        break;
                    case JsonTokenType.String:
                        NextArrayItem(path, arrayIndex, reader.CurrentDepth);
                        go = visit(new JsonVisit(JsonTokenKind.String, reader.GetString()!, path));
                        break;
                    case JsonTokenType.Number:
                        NextArrayItem(path, arrayIndex, reader.CurrentDepth);
                        go = visit(new JsonVisit(JsonTokenKind.Number, Encoding.UTF8.GetString(reader.ValueSpan), path));
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

    // Inside an array, each value takes the next index as its last path segment.
    private static void NextArrayItem(List<string> path, Stack<int> arrayIndex, int depth)
    {
        if (arrayIndex.Count == 0 || arrayIndex.Peek() < 0)
        {
            return;
        }

        var index = arrayIndex.Pop();
        arrayIndex.Push(index + 1);
        SetLast(path, index.ToString(CultureInfo.InvariantCulture), depth);
    }

    // A token at depth d is named by the d-th path segment: keep d-1 segments, then add its own.
    private static void SetLast(List<string> path, string segment, int depth)
    {
        Trim(path, depth - 1);
        path.Add(segment);
    }

    private static void Trim(List<string> path, int depth)
    {
        while (path.Count > depth)
        {
            path.RemoveAt(path.Count - 1);
        }
    }
}
