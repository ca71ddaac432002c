using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigil.Detection.Inputs;

namespace Vigil.Detection.Tests.Inputs.Json;

/// <summary>
/// The walker as it was before its path became lazy and its bytes pooled (commit defab84), kept verbatim as the
/// oracle the new walker is held equal to.
/// </summary>
internal static class ReferenceJsonWalker
{
    private const int MaxDepth = 64;

    public delegate bool Visitor(JsonTokenKind kind, string value, List<string> path);

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
                        go = visit(JsonTokenKind.PropertyName, name, path);
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
                        go = visit(JsonTokenKind.String, reader.GetString()!, path);
                        break;
                    case JsonTokenType.Number:
                        NextArrayItem(path, arrayIndex, reader.CurrentDepth);
                        go = visit(JsonTokenKind.Number, Encoding.UTF8.GetString(reader.ValueSpan), path);
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
