using System.Globalization;
using System.Text.Json.Nodes;
using Vigil.OpenApi.Positions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Vigil.OpenApi.Loading;

/// <summary>
/// YAML → JSON nodes through YamlDotNet's event parser, recording the line and column of every key and item as it
/// goes. Plain scalars are typed by the YAML 1.2 core schema (what OpenAPI tools assume); aliases are copied, with a
/// node budget so a "billion laughs" document is an error rather than an out-of-memory.
/// </summary>
internal sealed class YamlSource
{
    public const int MaxDepth = 256;

    /// <summary>Nodes an alias may add in total: far above any real document, far below a memory problem.</summary>
    public const int AliasBudget = 1_000_000;

    private static readonly HashSet<string> VersionKeys = new(StringComparer.Ordinal) { "openapi", "swagger", "version" };

    private readonly Dictionary<ulong, long> _positions = [];
    private readonly Dictionary<string, JsonNode?> _anchors = new(StringComparer.Ordinal);
    private readonly IParser _parser;
    private int _aliasNodes;

    private YamlSource(TextReader text)
    {
        _parser = new Parser(text);
    }

    public static ParsedSource Parse(string file, TextReader text)
    {
        var source = new YamlSource(text);
        try
        {
            var root = source.ReadDocument();
            return new(root, new PositionIndex(file, source._positions), SourceFormat.Yaml, null);
        }
        catch (YamlException e)
        {
            var message = e is SyntaxErrorLike ? e.Message : "invalid YAML: " + e.Message;
            return new(null, PositionIndex.Empty(file), SourceFormat.Yaml, new(file, (int)e.Start.Line, (int)e.Start.Column, "", message));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner throws these on some truncated input (an unclosed flow list at the end of the file).
            var at = source._parser.Current?.End;
            return new(null, PositionIndex.Empty(file), SourceFormat.Yaml, new(file, (int)(at?.Line ?? 0), (int)(at?.Column ?? 0), "", "invalid YAML: the file ends inside an unclosed list, mapping or quote after this point"));
        }
    }

    private JsonNode? ReadDocument()
    {
        _parser.Consume<StreamStart>();
        if (_parser.Accept<StreamEnd>(out _))
        {
            throw new SyntaxErrorLike(_parser.Current!.Start, "the file is empty");
        }

        _parser.Consume<DocumentStart>();
        _positions[PointerHash.Root] = PositionIndex.Pack(1, 1);
        var root = ReadNode(PointerHash.Root, 0);
        _parser.Consume<DocumentEnd>();
        if (!_parser.Accept<StreamEnd>(out _))
        {
            throw new SyntaxErrorLike(_parser.Current!.Start, "the file holds more than one YAML document; an OpenAPI file holds one");
        }

        return root;
    }

    private JsonNode? ReadNode(ulong hash, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new SyntaxErrorLike(_parser.Current!.Start, $"nesting is deeper than {MaxDepth} levels");
        }

        if (_parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (!_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                throw new SyntaxErrorLike(alias.Start, $"alias *{alias.Value.Value} names no anchor defined before it");
            }

            return Copy(target, alias.Start);
        }

        JsonNode? node;
        AnchorName anchor;
        if (_parser.TryConsume<Scalar>(out var scalar))
        {
            anchor = scalar.Anchor;
            node = ScalarValue(scalar);
        }
        else if (_parser.TryConsume<MappingStart>(out var mapping))
        {
            anchor = mapping.Anchor;
            node = ReadMapping(hash, depth);
        }
        else
        {
            var sequence = _parser.Consume<SequenceStart>();
            anchor = sequence.Anchor;
            node = ReadSequence(hash, depth);
        }

        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }

        return node;
    }

    private JsonObject ReadMapping(ulong hash, int depth)
    {
        var result = new JsonObject();
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            if (!_parser.TryConsume<Scalar>(out var key))
            {
                throw new SyntaxErrorLike(_parser.Current!.Start, "a mapping key must be a plain string, not a list, mapping or alias");
            }

            var childHash = PointerHash.Child(hash, key.Value);
            if (result.ContainsKey(key.Value))
            {
                throw new SyntaxErrorLike(key.Start, $"duplicate key \"{key.Value}\"");
            }

            _positions[childHash] = PositionIndex.Pack((int)key.Start.Line, (int)key.Start.Column);
            var value = ReadNode(childHash, depth + 1);
            // "openapi: 3.0" and "version: 1.0" are strings to OpenAPI though YAML reads a number.
            result[key.Value] = value is JsonValue v && VersionKeys.Contains(key.Value) && v.GetValueKind() == System.Text.Json.JsonValueKind.Number
                ? JsonValue.Create(v.ToJsonString())
                : value;
        }

        return result;
    }

    private JsonArray ReadSequence(ulong hash, int depth)
    {
        var result = new JsonArray();
        var index = 0;
        while (!_parser.TryConsume<SequenceEnd>(out _))
        {
            var childHash = PointerHash.Child(hash, index++);
            var start = _parser.Current!.Start;
            _positions[childHash] = PositionIndex.Pack((int)start.Line, (int)start.Column);
            result.Add(ReadNode(childHash, depth + 1));
        }

        return result;
    }

    private JsonNode? Copy(JsonNode? target, Mark at)
    {
        if (target is null)
        {
            return null;
        }

        _aliasNodes += CountNodes(target, AliasBudget - _aliasNodes + 1);
        if (_aliasNodes > AliasBudget)
        {
            throw new SyntaxErrorLike(at, $"aliases expand to more than {AliasBudget:N0} nodes; the document looks like an alias bomb");
        }

        return target.DeepClone();
    }

    private static int CountNodes(JsonNode node, int limit)
    {
        var count = 0;
        var pending = new Stack<JsonNode>();
        pending.Push(node);
        while (pending.Count > 0 && count < limit)
        {
            count++;
            switch (pending.Pop())
            {
                case JsonObject o:
                    foreach (var (_, v) in o)
                    {
                        if (v is not null) pending.Push(v);
                    }

                    break;
                case JsonArray a:
                    foreach (var v in a)
                    {
                        if (v is not null) pending.Push(v);
                    }

                    break;
            }
        }

        return count;
    }

    private static JsonNode? ScalarValue(Scalar scalar)
    {
        var text = scalar.Value;
        if (scalar.Style != ScalarStyle.Plain || !scalar.Tag.IsEmpty && scalar.Tag.Value is "tag:yaml.org,2002:str" or "!")
        {
            return JsonValue.Create(text);
        }

        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        if (LooksNumeric(text))
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
            {
                return JsonValue.Create(l);
            }

            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var m))
            {
                return JsonValue.Create(m);
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
            {
                return JsonValue.Create(d);
            }
        }

        return JsonValue.Create(text);
    }

    // The core schema's int and float forms: [-+]?digits, optionally .digits and an exponent. Not "1_000", not "0x1F" (those stay strings, as most OpenAPI tools read them).
    private static bool LooksNumeric(string text)
    {
        var s = text.AsSpan();
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
        {
            s = s[1..];
        }

        if (s.Length == 0 || !(char.IsAsciiDigit(s[0]) || s[0] == '.' && s.Length > 1))
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-'))
            {
                return false;
            }
        }

        // Leading zeros ("0123") are strings in YAML 1.2 too; versions like "1.2.3" fail the parse below and stay strings.
        return !(s.Length > 1 && s[0] == '0' && char.IsAsciiDigit(s[1]));
    }

    /// <summary>A problem we found ourselves, phrased for the user; carries its position like YamlDotNet's own errors.</summary>
    private sealed class SyntaxErrorLike(Mark at, string message) : YamlException(at, at, message);
}
