using Vigil.Alerting.Channels;
using Vigil.Core.Findings;
using Vigil.Dashboard;
using Vigil.Storage.Alerts;

namespace Vigil.Collector.Settings;

/// <summary>Turns a typed-in channel into its configuration, with every problem, the target checked by the SSRF guard's rules.</summary>
internal static class ChannelInputs
{
    public static (ChannelConfig Channel, List<SettingProblem> Problems) Parse(Guid projectId, ChannelInput input, bool allowPrivateTargets)
    {
        var problems = new List<SettingProblem>();
        var kind = Parse<ChannelKind>(input.Kind, "kind", "webhook, slack or email", problems);
        var minThreat = input.MinThreat is null ? ThreatLevel.Low : Parse<ThreatLevel>(input.MinThreat, "minThreat", "low, medium or high", problems);
        var config = new ChannelConfig
        {
            ProjectId = projectId,
            Name = input.Name ?? "",
            Kind = kind,
            Target = input.Target ?? "",
            Secret = string.IsNullOrEmpty(input.Secret) ? null : input.Secret,
            SmtpHost = input.SmtpHost,
            SmtpPort = input.SmtpPort ?? 25,
            From = input.From,
            MinThreat = minThreat,
            Enabled = input.Enabled ?? true,
        };
        if (problems.Count == 0)
        {
            problems.AddRange(ChannelFactory.Problems(config, allowPrivateTargets).Select(p => new SettingProblem(p.Split(' ')[0], p)));
        }

        return (config, problems);
    }

    private static T Parse<T>(string? raw, string field, string allowed, List<SettingProblem> problems)
        where T : struct, Enum
    {
        if (raw is not null && !char.IsAsciiDigit(raw.FirstOrDefault()) && Enum.TryParse<T>(raw, ignoreCase: true, out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        problems.Add(new SettingProblem(field, $"must be {allowed}"));
        return default;
    }
}
