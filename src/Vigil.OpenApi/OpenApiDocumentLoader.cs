using System.Text;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Vigil.OpenApi.Loading;
using Vigil.OpenApi.Positions;

namespace Vigil.OpenApi;

/// <summary>
/// Reads an OpenAPI 2.0, 3.0 or 3.1 document, JSON or YAML, into the Microsoft.OpenApi model. Never throws for a bad
/// document: every syntax, structure and reference problem comes back at once in <see cref="OpenApiLoadResult.Errors"/>
/// with file, line and column. <c>$ref</c>s to sibling files are bundled in before the model is read.
/// </summary>
public static class OpenApiDocumentLoader
{
    /// <summary>Larger files are refused before reading: the biggest public documents are ~20 MB.</summary>
    public const long MaxFileBytes = 128L * 1024 * 1024;

    /// <summary>Reads a document from a file; <paramref name="path"/> is echoed in every problem as given.</summary>
    public static OpenApiLoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (SourceFile.Read(path, out var bytes) is { } problem)
        {
            return Failed(path, problem);
        }

        return Read(path, bytes, Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <summary>Reads a document held in memory (an upload, a test); sibling-file references are not followed.</summary>
    public static OpenApiLoadResult Parse(string text, string name = "openapi")
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(name, Encoding.UTF8.GetBytes(text), directory: null);
    }

    private static OpenApiLoadResult Read(string name, byte[] bytes, string? directory)
    {
        var source = SourceFile.Parse(name, bytes);
        if (source.Error is { } syntax)
        {
            return Failed(name, syntax) with { Format = source.Format };
        }

        var positions = source.Positions;
        if (source.Root is not JsonObject root || !(root.ContainsKey("openapi") || root.ContainsKey("swagger")))
        {
            return Failed(name, new(name, 1, 1, "", "not an OpenAPI document: the top level needs an \"openapi\" (3.x) or \"swagger\" (2.0) field")) with { Positions = positions, Format = source.Format };
        }

        var errors = new List<OpenApiProblem>();
        if (directory is not null)
        {
            errors.AddRange(ExternalRefs.Bundle(root, name, positions, directory));
        }

        var version = (root["openapi"] ?? root["swagger"]) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        try
        {
            var settings = new OpenApiReaderSettings { LoadExternalRefs = false };
            var (document, diagnostic) = new OpenApiJsonReader().Read(root, new Uri("file:///" + Uri.EscapeDataString(Path.GetFileName(name))), settings);
            errors.AddRange(diagnostic?.Errors.Select(e => Problem(name, positions, e)) ?? []);
            var warnings = diagnostic?.Warnings.Select(e => Problem(name, positions, e)).ToList() ?? [];
            return new OpenApiLoadResult
            {
                File = name,
                Document = document,
                Errors = errors,
                Warnings = warnings,
                Positions = positions,
                Version = version,
                Format = source.Format,
            };
        }
#pragma warning disable CA1031 // A model reader bug on a hostile document must become an error line, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var pointer = e is OpenApiException { Pointer: { } p } ? Pointer(p) : "";
            var (line, column) = pointer.Length > 0 ? positions.Locate(pointer) : (0, 0);
            errors.Add(new(name, line, column, pointer, $"could not read the document: {e.Message}"));
            return new OpenApiLoadResult { File = name, Errors = errors, Positions = positions, Version = version, Format = source.Format };
        }
    }

    private static OpenApiProblem Problem(string file, PositionIndex positions, OpenApiError error)
    {
        var pointer = Pointer(error.Pointer);
        var (line, column) = positions.Locate(pointer);
        return new(file, line, column, pointer, error.Message);
    }

    // Microsoft.OpenApi writes pointers as "#/paths/~1pets" and sometimes with a trailing slash.
    internal static string Pointer(string? pointer)
    {
        var p = pointer ?? "";
        if (p.StartsWith('#'))
        {
            p = p[1..];
        }

        return p.Length > 1 ? p.TrimEnd('/') : p == "/" ? "" : p;
    }

    private static OpenApiLoadResult Failed(string file, OpenApiProblem problem) =>
        new() { File = file, Errors = [problem], Positions = PositionIndex.Empty(file) };
}
