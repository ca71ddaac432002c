using Vigil.Core.Findings;

namespace Vigil.Dashboard.Design;

/// <summary>The attached spec's audit as <c>vigil audit</c> scores it: overall, per category with the points lost, and every finding.</summary>
/// <param name="Name">What the uploader called the document.</param>
/// <param name="Operations">Operations the document declares.</param>
public sealed record SpecAudit(
    string Name,
    DateTimeOffset AttachedAt,
    string? OpenApiVersion,
    int Operations,
    int Score,
    string Grade,
    IReadOnlyList<SpecCategory> Categories,
    IReadOnlyList<SpecFinding> Findings);

/// <param name="Weight">Share of the overall score, 0..1.</param>
public sealed record SpecCategory(string Name, int Score, string Grade, double Weight, IReadOnlyList<SpecDeduction> Lost);

/// <summary><paramref name="Points"/> lost to <paramref name="Findings"/> finding(s) of one rule; <paramref name="Capped"/> when the per-rule cap applied.</summary>
public sealed record SpecDeduction(string RuleId, string Title, int Findings, int Points, bool Capped);

/// <param name="Pointer">The JSON pointer of the offending node, <c>/</c> for the document.</param>
/// <param name="Line">Line in the attached document, 0 when unknown.</param>
public sealed record SpecFinding(string RuleId, string Title, string Category, ThreatLevel Threat, string Pointer, int Line, string? Message, string? HowToFix);
