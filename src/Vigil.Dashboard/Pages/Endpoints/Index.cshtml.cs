using Vigil.Dashboard.Model;
using Vigil.Storage;
using Vigil.Storage.Dashboard;

namespace Vigil.Dashboard.Pages.Endpoints;

/// <summary>The inventory (traffic source for now): every endpoint seen, riskiest first.</summary>
public sealed class IndexModel(ProjectContext projects, IEventStore events, IDashboardQueries queries, RuleBook rules, TimeProvider clock) : DashboardPageModel(projects)
{
    /// <summary>Rows rendered at most; the filter narrows a larger inventory.</summary>
    public const int MaxRows = 500;

    public override string Section => "endpoints";

    public IReadOnlyList<EndpointRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public string? Filter { get; private set; }

    public async Task OnGetAsync(string? q)
    {
        Filter = q?.Trim();
        if (Project is null)
        {
            return;
        }

        var cancel = HttpContext.RequestAborted;
        var stats = await events.ListEndpointsAsync(Project.Id, cancel).ConfigureAwait(false);
        var traits = await queries.EndpointTraitsAsync(Project.Id, RangeChoice.Default.EndingAt(clock.GetUtcNow()), cancel).ConfigureAwait(false);
        var rows = EndpointRow.Join(stats, traits, rules)
            .Where(r => string.IsNullOrEmpty(Filter) || r.Stats.Endpoint.ToString().Contains(Filter, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(r => r.Risk).ThenByDescending(r => r.Stats.Requests)
            .ToList();
        Total = rows.Count;
        Rows = rows.Take(MaxRows).ToList();
    }
}
