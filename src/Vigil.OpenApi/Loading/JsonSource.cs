using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.OpenApi.Positions;

namespace Vigil.OpenApi.Loading;

/// <summary>
/// JSON text → nodes plus a position index, in two linear passes over the bytes. Duplicate keys and nesting deeper
/// than <see cref="MaxDepth"/> are syntax errors with a line and column, not exceptions later in the model reader.
/// </summary>
internal static class JsonSource
{
    public const int MaxDepth = 256;

    public static ParsedSource Parse(string file, ReadOnlyMemory<byte> utf8)
    {
        var bytes = SkipBom(utf8);
        var positions = new Dictionary<ulong, long>();
        try
        {
            Index(bytes.Span, positions);
            var root = JsonNode.Parse(bytes.Span, documentOptions: new JsonDocumentOptions { MaxDepth = MaxDepth, AllowDuplicateProperties = false });
            return new(root, new PositionIndex(file, positions), SourceFormat.Json, null);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? -1) + 1;
            var column = (int)(e.BytePositionInLine ?? -1) + 1;
            return new(null, PositionIndex.Empty(file), SourceFormat.Json, new(file, line, column, "", "invalid JSON: " + FirstSentence(e.Message)));
        }
    }

    private static ReadOnlyMemory<byte> SkipBom(ReadOnlyMemory<byte> utf8) =>
        utf8.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8[3..] : utf8;

    // System.Text.Json ends its messages with "Path: $ | LineNumber: 3 | BytePositionInLine: 4."; we print those ourselves.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var cut2 = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var end = cut >= 0 ? cut : cut2;
        return (end >= 0 ? message[..end] : message).TrimEnd(' ', '|');
    }

    private static void Index(ReadOnlySpan<byte> bytes, Dictionary<ulong, long> positions)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MaxDepth });
        var cursor = new TextCursor();
        // Per open container: its hash, whether it is an array, and the next array index.
        var stack = new Stack<(ulong Hash, bool Array, int Next)>();
        ulong pendingProperty = 0;
        var havePending = false;
        positions[PointerHash.Root] = PositionIndex.Pack(1, 1);
        while (reader.Read())
        {
            var token = reader.TokenType;
            if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                stack.Pop();
                continue;
            }

            if (token == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                pendingProperty = PointerHash.Child(stack.Peek().Hash, name);
                havePending = true;
                var (line, column) = cursor.Advance(bytes, (int)reader.TokenStartIndex);
                positions[pendingProperty] = PositionIndex.Pack(line, column);
                continue;
            }

            // A value: the child of the pending property, an array element, or the root.
            ulong hash;
            if (havePending)
            {
                hash = pendingProperty;
                havePending = false;
            }
            else if (stack.Count > 0)
            {
                var top = stack.Pop();
                hash = PointerHash.Child(top.Hash, top.Next);
                stack.Push(top with { Next = top.Next + 1 });
                var (line, column) = cursor.Advance(bytes, (int)reader.TokenStartIndex);
                positions[hash] = PositionIndex.Pack(line, column);
            }
            else
            {
                hash = PointerHash.Root;
            }

            if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                stack.Push((hash, token == JsonTokenType.StartArray, 0));
            }
        }
    }
}
