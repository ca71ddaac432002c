using System.Reflection;

namespace Vigil.Reporting;

/// <summary>What SARIF says about the tool; the defaults describe this build of Vigil.</summary>
public sealed record SarifReportOptions
{
    public string ToolName { get; init; } = "Vigil";

    public Uri InformationUri { get; init; } = new("https://vigil.dev");

    /// <summary>SemVer of the tool; defaults to this assembly's informational version (build metadata kept: SemVer allows it).</summary>
    public string Version { get; init; } = DefaultVersion();

    public bool Indented { get; init; } = true;

    private static string DefaultVersion() =>
        typeof(SarifReportOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(SarifReportOptions).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";
}
