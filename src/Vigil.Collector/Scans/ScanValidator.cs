using Vigil.Protocol.Validation;

namespace Vigil.Collector.Scans;

/// <summary>Every problem of an uploaded scan at once, each named by its JSON path (capped at <see cref="MaxErrors"/>).</summary>
internal static class ScanValidator
{
    public const int MaxEndpoints = 20_000;
    public const int MaxFindings = 20_000;
    public const int MaxText = 4_000;
    public const int MaxErrors = 100;

    private static readonly HashSet<string> Methods = new(StringComparer.Ordinal) { "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "CONNECT" };
    private static readonly HashSet<string> Auths = new(StringComparer.Ordinal) { "public", "authenticated", "policy" };
    private static readonly HashSet<string> Threats = new(StringComparer.Ordinal) { "none", "low", "medium", "high" };

    public static List<ProtocolError> Validate(ScanDocument? scan)
    {
        var errors = new List<ProtocolError>();
        if (scan is null)
        {
            errors.Add(new("body", "must be a JSON object with endpoints and findings (see docs/protocol.md)"));
            return errors;
        }

        Text(errors, "subject", scan.Subject, required: false);
        if (scan.Files < 0 || scan.Lines < 0)
        {
            errors.Add(new(scan.Files < 0 ? "files" : "lines", "must not be negative"));
        }

        if (scan.Endpoints is null)
        {
            errors.Add(new("endpoints", "is required (an array, possibly empty)"));
        }
        else if (scan.Endpoints.Count > MaxEndpoints)
        {
            errors.Add(new("endpoints", $"has {scan.Endpoints.Count} entries; at most {MaxEndpoints} are accepted"));
        }
        else
        {
            for (var i = 0; i < scan.Endpoints.Count && errors.Count < MaxErrors; i++)
            {
                Endpoint(errors, $"endpoints[{i}]", scan.Endpoints[i]);
            }
        }

        if (scan.Findings is { Count: > MaxFindings })
        {
            errors.Add(new("findings", $"has {scan.Findings.Count} entries; at most {MaxFindings} are accepted"));
        }
        else if (scan.Findings is not null)
        {
            for (var i = 0; i < scan.Findings.Count && errors.Count < MaxErrors; i++)
            {
                Finding(errors, $"findings[{i}]", scan.Findings[i]);
            }
        }

        return errors.Count > MaxErrors ? errors.GetRange(0, MaxErrors) : errors;
    }

    private static void Endpoint(List<ProtocolError> errors, string at, ScannedEndpoint? e)
    {
        if (e is null)
        {
            errors.Add(new(at, "must be an object"));
            return;
        }

        if (e.Methods is not { Count: > 0 and <= 16 })
        {
            errors.Add(new($"{at}.methods", "is required: one to 16 HTTP methods, e.g. [\"GET\"]"));
        }
        else
        {
            for (var m = 0; m < e.Methods.Count; m++)
            {
                if (e.Methods[m] is not { } method || !Methods.Contains(method))
                {
                    errors.Add(new($"{at}.methods[{m}]", "must be an upper-case HTTP method such as GET or POST"));
                }
            }
        }

        if (Text(errors, $"{at}.route", e.Route, required: true) && !e.Route!.StartsWith('/'))
        {
            errors.Add(new($"{at}.route", "must start with '/'"));
        }

        Text(errors, $"{at}.handler", e.Handler, required: true);
        Location(errors, at, e.File, e.Line);
        Text(errors, $"{at}.authReason", e.AuthReason, required: false);
        if (e.Auth is null || !Auths.Contains(e.Auth))
        {
            errors.Add(new($"{at}.auth", "must be public, authenticated or policy"));
        }
    }

    private static void Finding(List<ProtocolError> errors, string at, ScannedFinding? f)
    {
        if (f is null)
        {
            errors.Add(new(at, "must be an object"));
            return;
        }

        Text(errors, $"{at}.ruleId", f.RuleId, required: true);
        Text(errors, $"{at}.title", f.Title, required: true);
        if (f.Threat is null || !Threats.Contains(f.Threat))
        {
            errors.Add(new($"{at}.threat", "must be none, low, medium or high"));
        }

        Text(errors, $"{at}.cwe", f.Cwe, required: false);
        Text(errors, $"{at}.message", f.Message, required: false);
        Text(errors, $"{at}.howToFix", f.HowToFix, required: false);
        if (Text(errors, $"{at}.endpoint", f.Endpoint, required: false) && f.Endpoint is not null && Vigil.Inventory.RouteShape.KeyOf(f.Endpoint) is null)
        {
            errors.Add(new($"{at}.endpoint", "must be a method and a route, e.g. \"GET /orders/{id}\""));
        }

        if (f.File is not null || f.Line != 0)
        {
            Location(errors, at, f.File, f.Line);
        }
    }

    private static void Location(List<ProtocolError> errors, string at, string? file, int line)
    {
        Text(errors, $"{at}.file", file, required: true);
        if (line < 1)
        {
            errors.Add(new($"{at}.line", "must be a line number (1 or more)"));
        }
    }

    // True when present and acceptable.
    private static bool Text(List<ProtocolError> errors, string at, string? value, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(new(at, "is required"));
            }

            return false;
        }

        if (value.Length == 0 || value.Length > MaxText)
        {
            errors.Add(new(at, $"must be 1 to {MaxText} characters"));
            return false;
        }

        return true;
    }
}
