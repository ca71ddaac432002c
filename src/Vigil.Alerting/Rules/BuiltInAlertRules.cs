using Vigil.Core.Findings;

namespace Vigil.Alerting.Rules;

/// <summary>The defaults every project gets, after its own rules: first match names the alert's rule.</summary>
public static class BuiltInAlertRules
{
    /// <summary>An endpoint answering more than half its requests with 5xx (the error-spike detector).</summary>
    public static readonly AlertRule Errors = new() { Name = "errors-over-half", RuleId = "VG2008" };

    /// <summary>Any behavioural detection: they are already windowed and thresholded.</summary>
    public static readonly AlertRule Behaviour = new() { Name = "behaviour", RuleId = "VG2*" };

    /// <summary>Any high-threat finding of any engine.</summary>
    public static readonly AlertRule HighThreat = new() { Name = "high-threat", MinThreat = ThreatLevel.High };

    public static IReadOnlyList<AlertRule> All { get; } = [Errors, Behaviour, HighThreat];
}
