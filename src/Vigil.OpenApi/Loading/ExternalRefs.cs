using System.Text.Json.Nodes;
using Vigil.OpenApi.Positions;

namespace Vigil.OpenApi.Loading;

/// <summary>
/// Bundles <c>$ref</c>s to sibling files into the root document before the model is read: a referenced component is
/// copied under the root's own components (same kind, same name, suffixed on a clash) and the reference rewritten to
/// point there; anything else is inlined. Refs inside a copied node are followed the same way, relative to its file.
/// Remote (http) references are reported, never fetched.
/// </summary>
internal sealed class ExternalRefs
{
    private const int MaxFiles = 200;

    // Inlined refs are not cached (each site gets its own copy); this bounds a file that inlines itself.
    private const int MaxInlines = 10_000;

    private readonly JsonObject _root;
    private readonly string _file;
    private readonly PositionIndex _positions;
    private readonly bool _swagger;
    private readonly Dictionary<string, JsonNode?> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _bundled = new(StringComparer.Ordinal);
    private readonly List<OpenApiProblem> _problems = [];
    private int _inlines;
    private readonly string _directory;

    // Nodes still to visit, with the file their local "#/..." refs are relative to (null: the root document).
    private readonly Queue<(JsonNode Node, string? Origin, string Pointer)> _pending = new();

    private ExternalRefs(JsonObject root, string file, PositionIndex positions, string directory)
    {
        _directory = directory;
        _root = root;
        _file = file;
        _positions = positions;
        _swagger = root.ContainsKey("swagger");
    }

    public static IReadOnlyList<OpenApiProblem> Bundle(JsonObject root, string file, PositionIndex positions, string directory)
    {
        var bundler = new ExternalRefs(root, file, positions, directory);
        bundler._pending.Enqueue((root, null, ""));
        while (bundler._pending.TryDequeue(out var next))
        {
            bundler.Visit(next.Node, next.Origin, next.Pointer);
        }

        return bundler._problems;
    }

    private void Visit(JsonNode node, string? origin, string pointer)
    {
        var stack = new Stack<(JsonNode Node, string Pointer)>();
        stack.Push((node, pointer));
        while (stack.Count > 0)
        {
            var (current, at) = stack.Pop();
            if (current is JsonArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item) stack.Push((item, $"{at}/{i}"));
                }

                continue;
            }

            if (current is not JsonObject obj)
            {
                continue;
            }

            if (obj["$ref"] is JsonValue value && value.TryGetValue<string>(out var reference))
            {
                Resolve(obj, reference, origin, at);
                continue;
            }

            foreach (var (key, child) in obj)
            {
                if (child is not null) stack.Push((child, $"{at}/{PointerText.Escape(key)}"));
            }
        }
    }

    private void Resolve(JsonObject holder, string reference, string? origin, string at)
    {
        var hash = reference.IndexOf('#');
        var filePart = hash < 0 ? reference : reference[..hash];
        var pointer = hash < 0 ? "" : Uri.UnescapeDataString(reference[(hash + 1)..]);
        if (filePart.Contains("://", StringComparison.Ordinal))
        {
            Report(at, $"remote reference \"{reference}\" is not followed; bundle it into the document first");
            return;
        }

        string path;
        if (filePart.Length == 0)
        {
            if (origin is null)
            {
                return;
            }

            // A local ref inside a copied node is local to the file it came from.
            path = origin;
        }
        else
        {
            path = Path.GetFullPath(Path.Combine(origin is null ? _directory : Path.GetDirectoryName(origin)!, filePart));
        }

        var key = path + "#" + pointer;
        if (!_bundled.TryGetValue(key, out var local))
        {
            var target = Target(path, pointer, at, reference);
            if (target is null)
            {
                return;
            }

            local = Place(target, pointer, at);
            if (local.Length == 0)
            {
                if (++_inlines > MaxInlines)
                {
                    Report(at, $"\"{reference}\" is inlined more than {MaxInlines:N0} times; the references form a cycle");
                    return;
                }

                ReplaceWith(holder, target);
                _pending.Enqueue((holder, path, at));
                return;
            }

            _bundled[key] = local;
            _pending.Enqueue((target, path, local[1..]));
        }

        holder["$ref"] = JsonValue.Create(local);
    }

    private JsonNode? Target(string path, string pointer, string at, string reference)
    {
        if (!_files.TryGetValue(path, out var document))
        {
            if (_files.Count >= MaxFiles)
            {
                Report(at, $"more than {MaxFiles} referenced files; \"{reference}\" is not followed");
                return null;
            }

            document = LoadSibling(path, at, reference);
            _files[path] = document;
        }

        if (document is null)
        {
            return null;
        }

        var node = PointerText.Find(document, pointer);
        if (node is null)
        {
            Report(at, $"\"{reference}\": {Path.GetFileName(path)} has nothing at \"{pointer}\"");
        }

        return node?.DeepClone();
    }

    private JsonNode? LoadSibling(string path, string at, string reference)
    {
        if (SourceFile.Read(path, out var bytes) is { } problem)
        {
            Report(at, $"\"{reference}\": {problem.Message}");
            return null;
        }

        var parsed = SourceFile.Parse(path, bytes);
        if (parsed.Error is { } error)
        {
            _problems.Add(error);
            return null;
        }

        return parsed.Root;
    }

    /// <summary>Copies a component into the root's components and returns the local ref; empty when it must be inlined.</summary>
    private string Place(JsonNode target, string pointer, string at)
    {
        var kind = ComponentKind.Of(pointer, at);
        if (kind is null)
        {
            return "";
        }

        var section = _swagger ? ComponentKind.Swagger(kind) : "components/" + kind;
        var container = _root;
        foreach (var part in section.Split('/'))
        {
            if (container[part] is not JsonObject next)
            {
                next = new JsonObject();
                container[part] = next;
            }

            container = next;
        }

        var name = pointer.Length > 0 ? PointerText.Unescape(pointer[(pointer.LastIndexOf('/') + 1)..]) : "Bundled";
        var unique = name;
        for (var i = 2; container.ContainsKey(unique); i++)
        {
            unique = $"{name}{i}";
        }

        container[unique] = target;
        return $"#/{section}/{PointerText.Escape(unique)}";
    }

    private static void ReplaceWith(JsonObject holder, JsonNode target)
    {
        holder.Clear();
        if (target is JsonObject source)
        {
            foreach (var (k, v) in source.ToList())
            {
                source.Remove(k);
                holder[k] = v;
            }
        }
    }

    private void Report(string at, string message)
    {
        var (line, column) = _positions.Locate(at);
        _problems.Add(new(_file, line, column, at, message));
    }
}
