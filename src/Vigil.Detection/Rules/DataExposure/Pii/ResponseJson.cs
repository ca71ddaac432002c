using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Vigil.Detection.Rules.DataExposure.Pii;

/// <summary>One string or number leaf of a response body; <see cref="Pointer"/> is built only when a rule reports.</summary>
internal readonly record struct ResponseLeaf(string Key, string Value, bool IsNumber, IReadOnlyList<string> Path)
{
    public string Pointer() =>
        Path.Count == 0 ? "response.body" : "response.body/" + string.Join('/', Path.Select(p => p.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)));
}

/// <summary>
/// Walks the string and number leaves of a JSON response, the same way <c>Inputs.JsonLeaves</c> walks a request:
/// as far as the body parses (a capped capture still yields the leaves before the cut), bounded in depth and count.
/// Property names are not leaves here: a response's keys are the API's own vocabulary, not data.
/// </summary>
internal static class ResponseJson
{
    public const int MaxBodyChars = 256 * 1024;
    public const int MaxLeaves = 20_000;
    private const int MaxDepth = 64;

    public static bool LooksLikeJson(string body)
    {
        var text = body.AsSpan().TrimStart();
        return text.Length > 0 && text[0] is '{' or '[';
    }

    /// <summary>The part of a body the data-exposure rules read: the first 256 KiB.</summary>
    public static string Prefix(string body) => body.Length <= MaxBodyChars ? body : body[..MaxBodyChars];

    public static void Walk(string body, Action<ResponseLeaf> visit)
    {
        var bytes = Encoding.UTF8.GetBytes(Prefix(body));
        var reader = new Utf8JsonReader(bytes, isFinalBlock: true, new JsonReaderState(new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Skip }));
        var path = new List<string>();
        var arrayIndex = new Stack<int>();
        var leaves = 0;
        try
        {
            while (leaves < MaxLeaves && reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        Trim(path, reader.CurrentDepth - 1);
                        path.Add(reader.GetString()!);
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        NextArrayItem(path, arrayIndex, reader.CurrentDepth);
                        arrayIndex.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        arrayIndex.Pop();
                        Trim(path, reader.CurrentDepth);
                        break;
                    case JsonTokenType.String or JsonTokenType.Number:
                        NextArrayItem(path, arrayIndex, reader.CurrentDepth);
                        leaves++;
                        var isNumber = reader.TokenType == JsonTokenType.Number;
                        var value = isNumber ? Encoding.UTF8.GetString(reader.ValueSpan) : reader.GetString()!;
                        visit(new ResponseLeaf(KeyOf(path), value, isNumber, path));
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

    // The nearest property name: for /customers/0/phones/1 it is "phones".
    private static string KeyOf(List<string> path)
    {
        for (var i = path.Count - 1; i >= 0; i--)
        {
            if (path[i].Length == 0 || !char.IsAsciiDigit(path[i][0]) || !int.TryParse(path[i], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                return path[i];
            }
        }

        return "";
    }

    private static void NextArrayItem(List<string> path, Stack<int> arrayIndex, int depth)
    {
        if (arrayIndex.Count == 0 || arrayIndex.Peek() < 0)
        {
            return;
        }

        var index = arrayIndex.Pop();
        arrayIndex.Push(index + 1);
        Trim(path, depth - 1);
        path.Add(index.ToString(CultureInfo.InvariantCulture));
    }

    private static void Trim(List<string> path, int depth)
    {
        while (path.Count > depth)
        {
            path.RemoveAt(path.Count - 1);
        }
    }
}
