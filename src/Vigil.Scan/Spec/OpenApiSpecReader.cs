using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Vigil.Scan.Spec;

/// <summary>
/// Reads only what the shadow/zombie diff needs from an OpenAPI 2/3.x document: <c>paths</c> × methods, with line numbers.
/// JSON is YAML, so one YAML reader takes both and gives every key its line. A stand-in until <c>Vigil.OpenApi</c>'s loader
/// lands: the diff depends only on <see cref="SpecOperation"/>.
/// </summary>
public static class OpenApiSpecReader
{
    /// <summary>Larger documents are refused rather than read into memory.</summary>
    public const long MaxBytes = 32 * 1024 * 1024;

    private static readonly HashSet<string> Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static SpecReadResult Read(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return SpecReadResult.Failed($"{path}: no such file.");
            }

            if (info.Length > MaxBytes)
            {
                return SpecReadResult.Failed($"{path}: {info.Length / 1024 / 1024} MB is above the {MaxBytes / 1024 / 1024} MB limit for a spec.");
            }

            using var reader = new StreamReader(path);
            return Parse(reader, path);
        }
        catch (IOException e)
        {
            return SpecReadResult.Failed($"{path}: could not be read ({e.Message}).");
        }
        catch (UnauthorizedAccessException)
        {
            return SpecReadResult.Failed($"{path}: permission denied.");
        }
    }

    public static SpecReadResult Parse(TextReader text, string name)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(text);
        }
        catch (YamlException e)
        {
            return SpecReadResult.Failed($"{name}:{e.Start.Line}:{e.Start.Column}: not valid JSON or YAML ({Reason(e)}).");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return SpecReadResult.Failed($"{name}: not an OpenAPI document (the top level must be an object).");
        }

        if (Child(root, "openapi") is null && Child(root, "swagger") is null)
        {
            return SpecReadResult.Failed($"{name}: not an OpenAPI document (no \"openapi\" or \"swagger\" version field).");
        }

        var basePath = BasePath(root);
        if (Child(root, "paths") is not YamlMappingNode paths)
        {
            return new SpecReadResult([], null);
        }

        var operations = new List<SpecOperation>();
        foreach (var (key, value) in paths.Children)
        {
            if (key is not YamlScalarNode { Value: { } route } || value is not YamlMappingNode item)
            {
                continue;
            }

            foreach (var (methodKey, _) in item.Children)
            {
                if (methodKey is YamlScalarNode { Value: { } method } && Methods.Contains(method.ToLowerInvariant()))
                {
                    operations.Add(new SpecOperation(method.ToUpperInvariant(), Join(basePath, route), (int)methodKey.Start.Line));
                }
            }
        }

        return new SpecReadResult(operations, null);
    }

    // OpenAPI 3: the path part of servers[0].url; Swagger 2: basePath.
    private static string BasePath(YamlMappingNode root)
    {
        if (Child(root, "basePath") is YamlScalarNode { Value: { } basePath })
        {
            return basePath;
        }

        if (Child(root, "servers") is YamlSequenceNode { Children: [YamlMappingNode first, ..] } && Child(first, "url") is YamlScalarNode { Value: { } url })
        {
            if (Uri.TryCreate(url, UriKind.Absolute, out var absolute))
            {
                return absolute.AbsolutePath;
            }

            return url.StartsWith('/') ? url : "";
        }

        return "";
    }

    private static string Join(string basePath, string route) => "/" + (basePath.Trim('/') + "/" + route.Trim('/')).Trim('/');

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: var k } && k == key).Value;

    private static string Reason(YamlException e) => e.InnerException?.Message ?? e.Message.Split(':').LastOrDefault()?.Trim() ?? "syntax error";
}

/// <summary>The operations read, or the one error that stopped reading (with file and line when known).</summary>
public sealed record SpecReadResult(IReadOnlyList<SpecOperation> Operations, string? Error)
{
    public static SpecReadResult Failed(string error) => new([], error);
}
