using System.Buffers;
using Vigil.Core.Findings;
using Vigil.Detection.Engine;

namespace Vigil.Detection.Rules.DataExposure;

/// <summary>Exception details in a response tell an attacker the stack, the libraries and often the SQL.</summary>
internal sealed class StackTraceRule : IRequestRule
{
    private static readonly string[] Markers =
    [
        "   at System.", "   at Microsoft.", ".cs:line ", "Exception: ", "Traceback (most recent call last)",
        "java.lang.", "\tat java.", "   at Npgsql.", "SqlException", "Stack trace:", "\"stackTrace\"", "\"exceptionType\"",
    ];

    // One vectorised pass says whether any marker is there at all; almost no response holds one, so the twelve
    // searches below (which pick the marker, in this order, the evidence quotes) run only when one does.
    private static readonly SearchValues<string> AnyMarker = SearchValues.Create(Markers, StringComparison.Ordinal);

    public RuleDescriptor Descriptor { get; } = new(
        "VG1401", "Exception details in the response", "DataExposure", ThreatLevel.Medium, "CWE-209", Owasp.SecurityMisconfiguration,
        "Return ProblemDetails without exception text outside Development (UseExceptionHandler, no UseDeveloperExceptionPage in production) and log the details server-side.");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        var body = context.Response.Body;
        if (string.IsNullOrEmpty(body) || body.AsSpan().IndexOfAny(AnyMarker) < 0)
        {
            return;
        }

        foreach (var marker in Markers)
        {
            var at = body.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                findings.Report("response.body", body.Substring(Math.Max(0, at - 40), Math.Min(120, body.Length - Math.Max(0, at - 40))).ReplaceLineEndings(" "));
                return;
            }
        }
    }
}
