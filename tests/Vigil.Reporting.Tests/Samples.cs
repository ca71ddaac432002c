using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Core.Findings;

namespace Vigil.Reporting.Tests;

/// <summary>A small report with one finding of each kind of place: a traffic event, a source file, nothing.</summary>
internal static class Samples
{
    public static readonly RuleDescriptor JwtNone = new("VG1001", "JWT signed with alg none", "Authentication", ThreatLevel.High, "CWE-347", "API2:2023", "Reject tokens whose alg is none; pin the expected algorithms.");
    public static readonly RuleDescriptor SqlInQuery = new("VG1002", "SQL injection pattern in query", "Injection", ThreatLevel.Medium, "89", "API8:2023", "Use parameterised queries.");
    public static readonly RuleDescriptor VerboseError = new("VG3001", "Stack trace in response", "Exposure", ThreatLevel.Low, null, null, "Return problem details without exception text.");

    public static readonly Guid EventA = Guid.Parse("11111111-2222-3333-4444-555555555555");

    public static Finding Jwt(Guid? eventId = null) => new()
    {
        RuleId = JwtNone.Id,
        Title = JwtNone.Title,
        Threat = ThreatLevel.High,
        EventId = eventId ?? EventA,
        Endpoint = "GET /orders/{id}",
        Location = "request.headers.Authorization",
        Evidence = "eyJhbGciOiJub25lIn0.****",
        Source = new SourceLocation("capture.har", 3),
    };

    public static Finding Sql() => new()
    {
        RuleId = SqlInQuery.Id,
        Title = SqlInQuery.Title,
        Threat = ThreatLevel.Medium,
        EventId = EventA,
        Endpoint = "GET /orders/{id}",
        Location = "query.q",
        Evidence = "' OR 1=1 --|<b>",
        Message = "The q parameter holds a tautology.",
    };

    public static Finding InFile(int line = 12) => new()
    {
        RuleId = VerboseError.Id,
        Title = VerboseError.Title,
        Threat = ThreatLevel.Low,
        Source = new SourceLocation("src/Api/Program.cs", line, 5),
    };

    public static Report Report(params Finding[] findings) =>
        new("inspect", [JwtNone, SqlInQuery, VerboseError], findings.Length == 0 ? [Jwt(), Sql(), InFile()] : findings)
        {
            Subject = "capture.har",
            Extra = [new("events", JsonValue.Create(2))],
        };

    public static string Render(IReportRenderer renderer, Report report)
    {
        using var output = new StringWriter();
        renderer.Render(report, output);
        return output.ToString();
    }

    public static JsonDocument Json(IReportRenderer renderer, Report report) => JsonDocument.Parse(Render(renderer, report));
}
