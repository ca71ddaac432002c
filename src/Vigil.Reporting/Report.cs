using System.Text.Json.Nodes;
using Vigil.Core.Findings;

namespace Vigil.Reporting;

/// <summary>
/// What one run of an engine produced: the rules that ran, their findings, and facts about the subject
/// (the inspected file, the number of events). Every renderer takes this and nothing else.
/// </summary>
/// <param name="Command">The command that produced it, e.g. <c>inspect</c>; SARIF uses it to keep runs of different commands apart.</param>
/// <param name="Rules">Every rule that ran, with or without findings.</param>
/// <param name="Findings">In the order the engine found them; renderers sort for display where it helps.</param>
public sealed record Report(string Command, IReadOnlyList<RuleDescriptor> Rules, IReadOnlyList<Finding> Findings)
{
    /// <summary>What was examined, e.g. <c>capture.har</c> or <c>openapi.yaml</c>; shown in headings.</summary>
    public string? Subject { get; init; }

    /// <summary>
    /// Top-level facts in order, e.g. <c>("events", 12)</c>. JSON writes them before <c>findings</c>; text and Markdown list them.
    /// JSON nodes rather than objects so the output stays reflection-free and the caller decides the exact shape.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, JsonNode?>> Extra { get; init; } = [];

    /// <summary>Scores and grades, for engines that grade their subject; null for the others.</summary>
    public Scorecard? Scorecard { get; init; }

    public ReportSummary Summary => ReportSummary.Of(Findings);
}
