using Vigil.Core.Capture;

namespace Vigil.Detection.Inputs;

/// <summary>
/// Lists the values of a request an attacker controls. Bounded: at most <see cref="MaxInputs"/> values of at most
/// <see cref="MaxValueChars"/> characters each, so a hostile request costs the rules a bounded amount of work.
/// </summary>
internal static class InputExtractor
{
    public const int MaxInputs = 512;
    public const int MaxValueChars = 16 * 1024;

    // Protocol headers whose values the server or the client library sets; scanning them only breeds noise.
    private static readonly HashSet<string> SkippedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Length", "Content-Type", "Accept", "Accept-Encoding", "Accept-Language", "Connection",
        "Authorization", "Proxy-Authorization", "Cookie", "Cache-Control", "Pragma", "If-None-Match", "If-Modified-Since",
        "Upgrade-Insecure-Requests", "Sec-Fetch-Site", "Sec-Fetch-Mode", "Sec-Fetch-Dest", "Sec-Fetch-User",
        "Sec-Ch-Ua", "Sec-Ch-Ua-Mobile", "Sec-Ch-Ua-Platform", "Priority", "traceparent", "tracestate", "Date",
    };

    public static IReadOnlyList<RequestInput> Extract(CapturedRequest request)
    {
        var inputs = new InputList();
        FormPairs.Add(inputs, request.Query, InputSource.Query, "query");
        AddPath(inputs, request.Path);
        AddHeaders(inputs, request.Headers);
        AddBody(inputs, request);
        return inputs.Items;
    }

    // "path[0]", "path[1]"…: name and location of every path segment, built once instead of twice per segment.
    private static readonly string[] PathNames = [.. Enumerable.Range(0, 32).Select(i => $"path[{i}]")];

    private static void AddPath(InputList inputs, string path)
    {
        var index = 0;
        foreach (var range in path.AsSpan().Split('/'))
        {
            if (range.End.Value == range.Start.Value)
            {
                continue;
            }

            var name = index < PathNames.Length ? PathNames[index] : $"path[{index}]";
            inputs.Add(new RequestInput(InputSource.Path, name, FormPairs.Decode(path[range], plusIsSpace: false), name));
            index++;
        }
    }

    private static void AddHeaders(InputList inputs, HeaderMap headers)
    {
        foreach (var (name, values) in headers)
        {
            if (name.Equals("Cookie", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var value in values)
                {
                    AddCookies(inputs, value);
                }

                continue;
            }

            if (SkippedHeaders.Contains(name) || name.StartsWith(':'))
            {
                continue;
            }

            foreach (var value in values)
            {
                inputs.Add(new RequestInput(InputSource.Header, name, value, $"header.{name}"));
            }
        }
    }

    private static void AddCookies(InputList inputs, string header)
    {
        foreach (var part in header.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? "" : FormPairs.Decode(part[(eq + 1)..], plusIsSpace: false);
            inputs.Add(new RequestInput(InputSource.Cookie, name, value, $"cookie.{name}"));
        }
    }

    private static void AddBody(InputList inputs, CapturedRequest request)
    {
        if (string.IsNullOrEmpty(request.Body))
        {
            return;
        }

        var type = request.Headers.First("Content-Type") ?? "";
        if (type.Contains("x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            FormPairs.Add(inputs, request.Body, InputSource.Form, "form");
        }
        else if (type.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            MultipartFields.Add(inputs, request.Body, type);
        }
        else if (type.Contains("json", StringComparison.OrdinalIgnoreCase) || LooksLikeJson(request.Body))
        {
            JsonLeaves.Add(inputs, request.Body);
        }
        else
        {
            inputs.Add(new RequestInput(InputSource.Body, "body", request.Body, "body"));
        }
    }

    private static bool LooksLikeJson(string body)
    {
        var trimmed = body.AsSpan().TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '{' or '[';
    }
}

/// <summary>A capped list: past <see cref="InputExtractor.MaxInputs"/> values, the rest are ignored.</summary>
internal sealed class InputList
{
    private readonly List<RequestInput> _items = [];

    public IReadOnlyList<RequestInput> Items => _items;

    public bool Full => _items.Count >= InputExtractor.MaxInputs;

    public void Add(RequestInput input)
    {
        if (Full)
        {
            return;
        }

        _items.Add(input.Value.Length > InputExtractor.MaxValueChars ? input with { Value = input.Value[..InputExtractor.MaxValueChars] } : input);
    }
}
