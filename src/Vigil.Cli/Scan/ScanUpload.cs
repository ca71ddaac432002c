using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Protocol;
using Vigil.Scan;
using Vigil.Scan.Output;

namespace Vigil.Cli.Scan;

/// <summary>
/// <c>vigil scan PATH --upload URL --key KEY</c>: the inventory and findings as <c>POST /v1/scans</c> expects them
/// (docs/protocol.md), gzip-compressed. Files are sent relative to the scanned folder, so links work on any machine.
/// </summary>
internal static class ScanUpload
{
    public static JsonObject Payload(ScanResult result, string subject, string root)
    {
        var rules = result.Rules.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var endpoints = InventoryJson.Endpoints(result.Endpoints);
        foreach (var e in endpoints.OfType<JsonObject>())
        {
            e["file"] = Relative(root, e["file"]?.GetValue<string>());
        }

        return new JsonObject
        {
            ["subject"] = subject,
            ["files"] = result.Files,
            ["lines"] = result.Lines,
            ["endpoints"] = endpoints,
            ["findings"] = new JsonArray([.. result.Findings.Select(f => new JsonObject
            {
                ["ruleId"] = f.RuleId,
                ["title"] = f.Title,
                ["threat"] = f.Threat.ToString().ToLowerInvariant(),
                ["cwe"] = rules.GetValueOrDefault(f.RuleId)?.Cwe,
                ["endpoint"] = f.Endpoint,
                ["file"] = f.Source is null ? null : Relative(root, f.Source.File),
                ["line"] = f.Source?.Line ?? 0,
                ["message"] = f.Message,
                ["howToFix"] = rules.GetValueOrDefault(f.RuleId)?.HowToFix,
            })]),
        };
    }

    /// <returns>Null when stored, else what went wrong in words the user can act on.</returns>
    public static async Task<string?> SendAsync(JsonObject payload, string url, string key, HttpMessageHandler? handler, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            return $"--upload needs the collector's http(s) URL, e.g. http://localhost:5080 (got '{url}').";
        }

        var target = baseUri.AbsolutePath.TrimEnd('/').EndsWith("/v1/scans", StringComparison.Ordinal) ? baseUri : new Uri(baseUri, baseUri.AbsolutePath.TrimEnd('/') + "/v1/scans");
        using var body = new MemoryStream();
        await using (var gzip = new GZipStream(body, CompressionLevel.Fastest, leaveOpen: true))
        {
            await using var writer = new Utf8JsonWriter(gzip);
            payload.WriteTo(writer);
        }

        using var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentEncoding.Add("gzip");
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = content };
        request.Headers.Add(ProtocolConstants.KeyHeader, key);
        using var client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        client.Timeout = TimeSpan.FromSeconds(60);
        try
        {
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return null;
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return $"the collector refused the scan ({(int)response.StatusCode}): {Describe(text)}";
        }
        catch (HttpRequestException ex)
        {
            return $"could not reach {target}: {ex.Message} Is `vigil serve` running there?";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"{target} did not answer within 60 s.";
        }
    }

    // A problem+json answer is shown as its detail and each error; anything else is cut short.
    private static string Describe(string text)
    {
        try
        {
            if (JsonNode.Parse(text) is JsonObject problem)
            {
                var errors = (problem["errors"] as JsonArray)?.OfType<JsonObject>().Select(e => $"\n  {e["field"]}: {e["message"]}") ?? [];
                return problem["detail"]?.ToString() + string.Concat(errors);
            }
        }
        catch (JsonException)
        {
        }

        return text.Length > 300 ? text[..300] + "…" : text;
    }

    private static string? Relative(string root, string? file) =>
        file is null ? null : (Path.IsPathRooted(file) && file.StartsWith(root, StringComparison.Ordinal) ? Path.GetRelativePath(root, file) : file).Replace('\\', '/');
}
