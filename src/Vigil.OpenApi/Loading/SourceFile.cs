using System.Text;

namespace Vigil.OpenApi.Loading;

/// <summary>Bytes from disk, within a size limit, and the parser their first character calls for.</summary>
internal static class SourceFile
{
    public static OpenApiProblem? Read(string path, out byte[] bytes)
    {
        bytes = [];
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return new(path, 0, 0, "", Directory.Exists(path) ? "is a folder; give the path of an OpenAPI file" : "no such file");
            }

            if (info.Length > OpenApiDocumentLoader.MaxFileBytes)
            {
                return new(path, 0, 0, "", $"the file is {info.Length / (1024 * 1024):N0} MB; documents over {OpenApiDocumentLoader.MaxFileBytes / (1024 * 1024)} MB are refused");
            }

            bytes = File.ReadAllBytes(path);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(path, 0, 0, "", "cannot read the file: " + e.Message);
        }
    }

    /// <summary>JSON when the first non-blank character opens an object or array; YAML otherwise (JSON is YAML too, but the JSON parser is faster and stricter).</summary>
    public static ParsedSource Parse(string name, byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        var first = span.TrimStart(" \t\r\n"u8);
        if (first.Length > 0 && first[0] is (byte)'{' or (byte)'[')
        {
            return JsonSource.Parse(name, bytes);
        }

        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return YamlSource.Parse(name, reader);
    }
}
