using Vigil.Dashboard.Model;

namespace Vigil.Dashboard.Pages.Settings;

/// <summary>
/// Base of the settings pages that edit through <see cref="IProjectSettingsEditor"/>: each answers a form with the
/// page itself, carrying either a confirmation or every problem with what was submitted, and keeps what was typed.
/// </summary>
public abstract class SettingsPageModel(ProjectContext projects, DashboardOptions options) : DashboardPageModel(projects)
{
    public override string Section => "settings";

    /// <summary>Which settings tab this page is (see _SettingsHeader.cshtml).</summary>
    public abstract string Tab { get; }

    /// <summary>Null when the collector's store cannot hold project settings; the page says so.</summary>
    public IProjectSettingsEditor? Editor => options.Settings;

    protected DashboardOptions Options => options;

    public string? Message { get; protected set; }

    public IReadOnlyList<SettingProblem> Problems { get; protected set; } = [];

    /// <summary>True when a form can be handled: a project is chosen and the store holds settings.</summary>
    protected bool Ready => Project is not null && Editor is not null;

    protected CancellationToken Aborted => HttpContext.RequestAborted;
}
