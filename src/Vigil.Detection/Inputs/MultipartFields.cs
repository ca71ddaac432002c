namespace Vigil.Detection.Inputs;

/// <summary>
/// The fields of a <c>multipart/form-data</c> body, as a server's form binder reads them: each part's
/// <c>name</c> with its text, and for a file part its client-supplied <c>filename</c> (a path an attacker chooses)
/// instead of the file's bytes. A part cut off by the SDK's body cap ends where the captured text ends.
/// </summary>
internal static class MultipartFields
{
    public static void Add(InputList inputs, string body, string contentType)
    {
        if (Boundary(contentType) is not { Length: > 0 } boundary)
        {
            inputs.Add(new RequestInput(InputSource.Body, "body", body, "body"));
            return;
        }

        var delimiter = "--" + boundary;
        var pos = body.IndexOf(delimiter, StringComparison.Ordinal);
        while (pos >= 0 && !inputs.Full)
        {
            var start = pos + delimiter.Length;
            if (body.AsSpan(start).StartsWith("--"))
            {
                return;
            }

            var next = body.IndexOf(delimiter, start, StringComparison.Ordinal);
            var part = body.AsSpan(start, (next < 0 ? body.Length : next) - start);
            AddPart(inputs, part);
            pos = next;
        }
    }

    private static void AddPart(InputList inputs, ReadOnlySpan<char> part)
    {
        var blank = part.IndexOf("\r\n\r\n");
        var separator = 4;
        if (blank < 0)
        {
            blank = part.IndexOf("\n\n");
            separator = 2;
        }

        if (blank < 0)
        {
            return;
        }

        var headers = part[..blank];
        var content = part[(blank + separator)..].TrimEnd("\r\n");
        var name = Parameter(headers, "name") ?? "";
        if (Parameter(headers, "filename") is { } filename)
        {
            inputs.Add(new RequestInput(InputSource.Form, name, filename, $"form.{name}.filename"));
            return;
        }

        inputs.Add(new RequestInput(InputSource.Form, name, content.ToString(), $"form.{name}"));
    }

    private static string? Boundary(string contentType) => Parameter(contentType, "boundary");

    // name="value" or name=value inside a header or a Content-Type, matched as a whole parameter name.
    private static string? Parameter(ReadOnlySpan<char> text, string parameter)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text[from..].IndexOf(parameter, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return null;
            }

            at += from;
            var after = at + parameter.Length;
            var boundaryBefore = at == 0 || text[at - 1] is ';' or ' ' or '\t';
            if (boundaryBefore && after < text.Length && text[after] == '=')
            {
                var value = text[(after + 1)..];
                if (value.Length > 0 && value[0] == '"')
                {
                    var close = value[1..].IndexOf('"');
                    return (close < 0 ? value[1..] : value[1..(close + 1)]).ToString();
                }

                var end = value.IndexOfAny(";\r\n");
                return (end < 0 ? value : value[..end]).Trim().ToString();
            }

            from = after;
        }

        return null;
    }
}
