using System.Text.Json.Nodes;
using Vigil.Detection.Behaviour;
using Vigil.Reporting;
using Vigil.Simulation.Scoring;

namespace Vigil.Cli.Simulate;

/// <summary>
/// The offline simulation as a <see cref="Report"/> (behavioural findings, with the per-scenario scores as the
/// <c>scenarios</c> array: <c>name, detected, detectedBy, timeToAlertSeconds, description</c>), and a score table for terminals.
/// </summary>
internal static class SimulationReport
{
    public static Report Build(IReadOnlyList<ScenarioScore> scores, OfflineDetection detection)
    {
        var scenarios = new JsonArray([.. scores.Select(s => (JsonNode)new JsonObject
        {
            ["name"] = s.Scenario,
            ["detected"] = s.Detected,
            ["detectedBy"] = s.DetectedBy,
            ["timeToAlertSeconds"] = s.TimeToAlert is { } t ? Math.Round(t.TotalSeconds, 1) : null,
            ["description"] = s.Description,
        })]);
        return new Report("simulate", [.. DetectorCatalog.Descriptors, BehaviourEngine.DetectorFailure], detection.BehaviourFindings)
        {
            Subject = "simulated traffic",
            Extra =
            [
                new("events", JsonValue.Create(detection.Events)),
                new("alerts", JsonValue.Create(detection.Opened.Count)),
                new("scenarios", scenarios),
            ],
        };
    }

    public static void WriteTable(IReadOnlyList<ScenarioScore> scores, OfflineDetection detection, TextWriter output)
    {
        output.WriteLine($"{"scenario",-22} {"detected",-9} {"by",-7} {"time to alert",13}");
        foreach (var s in scores)
        {
            var time = s.TimeToAlert is { } t ? $"{t.TotalSeconds:0.0} s" : "-";
            output.WriteLine($"{s.Scenario,-22} {(s.Detected ? "yes" : "NO"),-9} {s.DetectedBy ?? "-",-7} {time,13}");
        }

        output.WriteLine();
        output.WriteLine($"{detection.Events:N0} events, {detection.Opened.Count} alerts opened, {scores.Count(s => s.Detected)} of {scores.Count} scenarios detected.");
        foreach (var s in scores.Where(s => !s.Detected))
        {
            output.WriteLine($"  missed {s.Scenario}: {s.Description}");
        }
    }
}
