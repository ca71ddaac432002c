using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Vigil.Audit.Engine;
using Vigil.Core.Findings;
using Vigil.OpenApi;
using Vigil.OpenApi.Positions;

namespace Vigil.Audit.Rulesets;

/// <summary>
/// Reads a ruleset file (YAML or JSON), reporting every mistake at once with its line:
/// <code>
/// rules:
///   VG3031: off          # turn a check off
///   VG3020: medium       # change its threat (low | medium | high)
/// patterns:
///   - id: ACME001
///     title: Paths are lower-case
///     target: path       # path | operationId | parameter | property | server
///     pattern: '^[a-z0-9/{}-]+$'    # or notPattern: to forbid
///     category: design   # security | validation | design (default design)
///     threat: low
/// </code>
/// </summary>
public static class AuditRulesetLoader
{
    public static (AuditRuleset? Ruleset, IReadOnlyList<OpenApiProblem> Errors) Load(string path)
    {
        var file = StructuredFile.Load(path);
        if (file.Error is { } error)
        {
            return (null, [error]);
        }

        var errors = new List<OpenApiProblem>();
        void Fail(string pointer, string message)
        {
            var (line, column) = file.Positions.Locate(pointer);
            errors.Add(new(path, line, column, pointer, message));
        }

        if (file.Root is not JsonObject root)
        {
            Fail("", "a ruleset is a mapping with \"rules\" and/or \"patterns\"");
            return (null, errors);
        }

        foreach (var (key, _) in root)
        {
            if (key is not ("rules" or "patterns"))
            {
                Fail("/" + key, $"unknown section \"{key}\"; a ruleset has \"rules\" and \"patterns\"");
            }
        }

        var known = CheckCatalog.Default.Checks.ToDictionary(c => c.Descriptor.Id, StringComparer.Ordinal);
        var disabled = new HashSet<string>(StringComparer.Ordinal);
        var threats = new Dictionary<string, ThreatLevel>(StringComparer.Ordinal);
        foreach (var (id, value) in root["rules"] as JsonObject ?? [])
        {
            var at = "/rules/" + id;
            var text = value is JsonObject o ? Text(o["threat"]) : Text(value);
            if (!known.ContainsKey(id))
            {
                Fail(at, $"no check has id \"{id}\"; `vigil rules` lists them");
            }
            else if (text is "off" or "false" or "disabled")
            {
                disabled.Add(id);
            }
            else if (ParseThreat(text) is { } threat)
            {
                threats[id] = threat;
            }
            else
            {
                Fail(at, $"\"{text}\" is not off, low, medium or high");
            }
        }

        var patterns = new List<PatternRule>();
        var list = root["patterns"] as JsonArray ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (Pattern(list[i], $"/patterns/{i}", known.Keys, patterns, Fail) is { } rule)
            {
                patterns.Add(rule);
            }
        }

        return errors.Count > 0 ? (null, errors) : (new AuditRuleset { Disabled = disabled, Threats = threats, Patterns = patterns }, errors);
    }

    private static PatternRule? Pattern(JsonNode? node, string at, IEnumerable<string> checkIds, List<PatternRule> earlier, Action<string, string> fail)
    {
        if (node is not JsonObject o)
        {
            fail(at, "a pattern rule is a mapping with id, title, target and pattern (or notPattern)");
            return null;
        }

        var before = 0;
        var id = Text(o["id"]);
        var title = Text(o["title"]) ?? id;
        var target = Enum.TryParse<PatternTarget>(Text(o["target"]), ignoreCase: true, out var t) ? t : (PatternTarget?)null;
        var category = Text(o["category"]) ?? AuditCategories.Design;
        var threat = o["threat"] is null ? ThreatLevel.Low : ParseThreat(Text(o["threat"]));
        var must = Text(o["pattern"]);
        var mustNot = Text(o["notPattern"]);
        void Check(bool ok, string field, string message)
        {
            if (!ok)
            {
                fail(o.ContainsKey(field) ? $"{at}/{field}" : at, message);
                before++;
            }
        }

        Check(!string.IsNullOrWhiteSpace(id), "id", "a pattern rule needs an id");
        Check(id is null || !checkIds.Contains(id) && earlier.All(p => p.Descriptor.Id != id), "id", $"id \"{id}\" is already used");
        Check(target is not null, "target", $"target must be one of {string.Join(", ", Enum.GetNames<PatternTarget>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}");
        Check(AuditCategories.All.Contains(category), "category", $"category must be one of {string.Join(", ", AuditCategories.All)}");
        Check(threat is not null, "threat", "threat must be low, medium or high");
        Check(must is null ^ mustNot is null, "pattern", "give exactly one of pattern and notPattern");
        Regex? regex = null;
        try
        {
            regex = new Regex(must ?? mustNot ?? "", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            Check(false, must is null ? "notPattern" : "pattern", "invalid pattern: " + e.Message);
        }

        if (before > 0 || regex is null)
        {
            return null;
        }

        var descriptor = new RuleDescriptor(id!, title!, category, threat!.Value, null, null, Text(o["howToFix"]) ?? "A rule of this team's ruleset.");
        return new PatternRule(descriptor, target!.Value, regex, must is not null, Text(o["message"]));
    }

    private static string? Text(JsonNode? node) => node is JsonValue v
        ? v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.False => "false",
            JsonValueKind.True => "true",
            _ => v.ToJsonString(),
        }
        : null;

    private static ThreatLevel? ParseThreat(string? text) => text?.ToLowerInvariant() switch
    {
        "low" or "info" or "hint" => ThreatLevel.Low,
        "medium" or "warn" or "warning" => ThreatLevel.Medium,
        "high" or "error" => ThreatLevel.High,
        _ => null,
    };
}
