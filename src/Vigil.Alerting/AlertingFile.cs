using System.Text.Json;
using Vigil.Alerting.Channels;
using Vigil.Alerting.Rules;
using Vigil.Core.Findings;
using Vigil.Storage.Alerts;

namespace Vigil.Alerting;

/// <summary>
/// The alerting section of <c>vigil serve --alerts FILE</c>: user alert rules, the cooldown, and each project's
/// channels. Every problem is reported at once, with the JSON path (and line for syntax errors); nothing is applied
/// from a file with problems.
/// <code>
/// { "cooldownMinutes": 30, "allowPrivateChannelTargets": false,
///   "rules": [ { "name": "sqli", "ruleId": "VG1001", "minThreat": "high", "endpoint": "/search", "threshold": 5, "windowMinutes": 10 } ],
///   "channels": { "default": [ { "name": "oncall", "kind": "webhook", "target": "https://…", "secret": "…", "minThreat": "medium" } ] } }
/// </code>
/// </summary>
public static class AlertingFile
{
    public const long MaxBytes = 1024 * 1024;

    /// <summary>A channel for a project known by name; its <see cref="ChannelConfig.ProjectId"/> is set when the project is resolved.</summary>
    public sealed record ProjectChannel(string Project, ChannelConfig Channel);

    public sealed record Result(AlertingOptions Options, IReadOnlyList<ProjectChannel> Channels, IReadOnlyList<string> Problems);

    public static Result Load(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return Fail($"{path}: no such file");
        }

        if (info.Length > MaxBytes)
        {
            return Fail($"{path}: {info.Length:N0} bytes; an alerting file is at most {MaxBytes:N0}");
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static Result Parse(string json, string name = "alerts file")
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            return Fail($"{name}: line {(ex.LineNumber ?? 0) + 1}: not valid JSON ({ex.Message.Split('.')[0]})");
        }

        using (document)
        {
            var problems = new List<string>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail($"{name}: the top level must be an object");
            }

            var rules = new List<AlertRule>();
            if (root.TryGetProperty("rules", out var ruleList))
            {
                var i = 0;
                foreach (var r in ruleList.ValueKind == JsonValueKind.Array ? ruleList.EnumerateArray() : Enumerable.Empty<JsonElement>())
                {
                    var at = $"{name}: rules[{i++}]";
                    rules.Add(new AlertRule
                    {
                        Name = Text(r, "name", at, problems) ?? "",
                        RuleId = Text(r, "ruleId", at, problems),
                        MinThreat = Threat(r, at, problems),
                        Endpoint = Text(r, "endpoint", at, problems),
                        Subject = Text(r, "subject", at, problems),
                        Threshold = (int)(Number(r, "threshold", at, problems) ?? 1),
                        Window = TimeSpan.FromMinutes(Number(r, "windowMinutes", at, problems) ?? 10),
                    });
                }
            }

            var options = new AlertingOptions
            {
                Rules = rules,
                Cooldown = TimeSpan.FromMinutes(Number(root, "cooldownMinutes", name, problems) ?? 30),
                AllowPrivateChannelTargets = Flag(root, "allowPrivateChannelTargets", name, problems),
            };
            problems.AddRange(options.Problems().Select(p => $"{name}: {p}"));

            var channels = new List<ProjectChannel>();
            if (root.TryGetProperty("channels", out var byProject) && byProject.ValueKind == JsonValueKind.Object)
            {
                foreach (var project in byProject.EnumerateObject())
                {
                    var i = 0;
                    foreach (var c in project.Value.ValueKind == JsonValueKind.Array ? project.Value.EnumerateArray() : Enumerable.Empty<JsonElement>())
                    {
                        var at = $"{name}: channels.{project.Name}[{i++}]";
                        var kindText = Text(c, "kind", at, problems);
                        var config = new ChannelConfig
                        {
                            ProjectId = Guid.Empty,
                            Name = Text(c, "name", at, problems) ?? "",
                            Kind = Enum.TryParse<ChannelKind>(kindText, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !char.IsAsciiDigit(kindText![0]) ? kind : (ChannelKind)(-1),
                            Target = Text(c, "target", at, problems) ?? "",
                            Secret = Text(c, "secret", at, problems),
                            SmtpHost = Text(c, "smtpHost", at, problems),
                            SmtpPort = (int)(Number(c, "smtpPort", at, problems) ?? 25),
                            From = Text(c, "from", at, problems),
                            MinThreat = Threat(c, at, problems),
                        };
                        problems.AddRange(ChannelFactory.Problems(config, options.AllowPrivateChannelTargets).Select(p => $"{at}: {p}"));
                        channels.Add(new ProjectChannel(project.Name, config));
                    }
                }
            }

            return new Result(options, channels, problems);
        }
    }

    private static Result Fail(string problem) => new(new AlertingOptions(), [], [problem]);

    private static string? Text(JsonElement e, string property, string at, List<string> problems)
    {
        if (!e.TryGetProperty(property, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            problems.Add($"{at}.{property}: must be a string");
            return null;
        }

        return v.GetString();
    }

    private static bool Flag(JsonElement e, string property, string at, List<string> problems)
    {
        if (!e.TryGetProperty(property, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        if (v.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            problems.Add($"{at}.{property}: must be true or false");
            return false;
        }

        return v.GetBoolean();
    }

    private static double? Number(JsonElement e, string property, string at, List<string> problems)
    {
        if (!e.TryGetProperty(property, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var d) || d is < 0 or > 10_000_000)
        {
            problems.Add($"{at}.{property}: must be a number from 0 to 10000000");
            return null;
        }

        return d;
    }

    private static ThreatLevel Threat(JsonElement e, string at, List<string> problems)
    {
        var text = Text(e, "minThreat", at, problems);
        if (text is null)
        {
            return ThreatLevel.Low;
        }

        if (Enum.TryParse<ThreatLevel>(text, ignoreCase: true, out var threat) && Enum.IsDefined(threat) && !char.IsAsciiDigit(text[0]))
        {
            return threat;
        }

        problems.Add($"{at}.minThreat: must be low, medium or high");
        return ThreatLevel.Low;
    }
}
