using System.Text;
using System.Text.Json;

namespace Vigil.Detection.Inputs;

/// <summary>
/// Every string leaf and every property name of a JSON body, located by JSON pointer. Reads as far as the body
/// parses: a truncated capture (the SDK caps bodies) still yields the leaves before the cut.
/// </summary>
internal static class JsonLeaves
{
    private const int MaxDepth = 64;

    public static void Add(InputList inputs, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var reader = new Utf8JsonReader(bytes, isFinalBlock: true, new JsonReaderState(new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Skip }));
        var path = new List<string>();
        var arrayIndex = new Stack<int>();
        try
        {
            while (!inputs.Full && reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        SetLast(path, name, reader.CurrentDepth);
                        inputs.Add(new RequestInput(InputSource.JsonKey, name, name, Pointer(path)));
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
                        inputs.Add(new RequestInput(InputSource.JsonValue, path.Count == 0 ? "" : path[^1], reader.GetString()!, Pointer(path)));
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
        SetLast(path, index.ToString(System.Globalization.CultureInfo.InvariantCulture), depth);
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

    private static string Pointer(List<string> path) =>
        path.Count == 0 ? "body" : "body/" + string.Join('/', path.Select(p => p.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)));
}
