using System.Buffers;
using Vigil.Core.Findings;
using Vigil.Detection.Engine;
using Vigil.Detection.Rules.DataExposure.Pii;

namespace Vigil.Detection.Rules.DataExposure;

/// <summary>
/// Credentials a response hands out: private keys, cloud and SaaS keys, JWTs, and JSON fields named for a secret
/// (password, passwordHash, apiKey…) with a value. A secret field counts even when the collector masked its
/// value: the API still serialises it. One finding per kind, located at the first field, never quoting a value.
/// </summary>
internal sealed class SecretInResponseRule : IRequestRule
{
    private const string SecretField = "credential field";

    private static readonly SearchValues<string> Markers = SearchValues.Create(
        [.. SecretScanner.Prefixes, "password", "passwd", "pwd", "secret", "apikey", "api_key", "api-key", "privatekey", "private_key"],
        StringComparison.OrdinalIgnoreCase);

    public RuleDescriptor Descriptor { get; } = new(
        "VG1403", "Secret or credential in the response", "DataExposure", ThreatLevel.High, "CWE-200", Owasp.BrokenObjectPropertyLevelAuthorization,
        "Never serialise credentials: map entities to response DTOs without password, hash or key fields, return tokens only from the endpoint that issues them, and rotate any key that was exposed.");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        var body = context.Response.Body;
        if (string.IsNullOrEmpty(body))
        {
            return;
        }

        var text = ResponseJson.Prefix(body);
        if (text.AsSpan().IndexOfAny(Markers) < 0)
        {
            return;
        }

        var found = new Dictionary<string, (string Location, int Count)>(StringComparer.Ordinal);
        var scratch = new List<string>();
        if (ResponseJson.LooksLikeJson(text))
        {
            ResponseJson.Walk(text, leaf =>
            {
                scratch.Clear();
                if (!leaf.IsNumber && leaf.Value.Length > 0 && FieldNames.IsSecret(FieldNames.Normalize(leaf.Key)))
                {
                    scratch.Add(SecretField);
                }

                if (leaf.Value.Length >= 10)
                {
                    SecretScanner.Scan(leaf.Value, scratch);
                }

                if (scratch.Count > 0)
                {
                    var pointer = leaf.Pointer();
                    foreach (var kind in scratch)
                    {
                        found[kind] = found.TryGetValue(kind, out var seen) ? (seen.Location, seen.Count + 1) : (pointer, 1);
                    }
                }
            });
        }
        else
        {
            SecretScanner.Scan(text, scratch);
            foreach (var kind in scratch)
            {
                found[kind] = ("response.body", 1);
            }
        }

        foreach (var (kind, (location, count)) in found)
        {
            var more = count > 1 ? $" and {count - 1} more" : "";
            findings.Report(location, $"{kind} at {location}{more}", $"The response carries a {kind}.");
        }
    }
}
