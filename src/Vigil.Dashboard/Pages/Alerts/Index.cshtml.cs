using Vigil.Dashboard.Model;
using Vigil.Storage.Alerts;

namespace Vigil.Dashboard.Pages.Alerts;

/// <summary>The project's alerts in one lifecycle state (open by default), newest first.</summary>
public sealed class IndexModel(ProjectContext projects, DashboardOptions options) : DashboardPageModel(projects)
{
    public const int Limit = 200;

    public override string Section => "alerts";

    public bool Available => options.Alerts is not null;

    public string State { get; private set; } = "open";

    public IReadOnlyList<AlertRecord> Alerts { get; private set; } = [];

    public async Task OnGetAsync(string? state)
    {
        var status = AlertState.Parse(state, out var shown);
        State = shown;
        if (Project is null || options.Alerts is not { } alerts)
        {
            return;
        }

        var cancel = HttpContext.RequestAborted;
        await alerts.Flush(cancel).ConfigureAwait(false);
        Alerts = await alerts.Store.QueryAlertsAsync(new AlertQuery(Project.Id, status, Limit), cancel).ConfigureAwait(false);
    }
}
