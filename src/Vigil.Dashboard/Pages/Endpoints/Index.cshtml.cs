using Vigil.Dashboard.Design;
using Vigil.Dashboard.Model;
using Vigil.Storage;
using Vigil.Storage.Dashboard;

namespace Vigil.Dashboard.Pages.Endpoints;

/// <summary>
/// The inventory: every endpoint seen, riskiest first, with its sources and status from the three-way inventory the
/// API answers; then the endpoints only the spec or the code knows (no traffic).
/// </summary>
public sealed class IndexModel(ProjectContext projects, IEventStore events, IDashboardQueries queries, RuleBook rules, IDesignSource design, TimeProvider clock) : DashboardPageModel(projects)
{
    /// <summary>Rows rendered at most; the filter narrows a larger inventory.</summary>
    public const int MaxRows = 500;

    public override string Section => "endpoints";

    public IReadOnlyList<EndpointRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public string? Filter { get; private set; }

    /// <summary>Sources, status and handler of each endpoint, by <see cref="InventoryEntry.Key"/>.</summary>
    public IReadOnlyDictionary<string, InventoryEntry> Inventory { get; private set; } = new Dictionary<string, InventoryEntry>();

    /// <summary>Known from the spec or the code, never called.</summary>
    public IReadOnlyList<InventoryEntry> Unseen { get; private set; } = [];

    public bool HasStatus { get; private set; }

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
            .Where(r => Matches(r.Stats.Endpoint.ToString()))
            .OrderByDescending(r => r.Risk).ThenByDescending(r => r.Stats.Requests)
            .ToList();
        Total = rows.Count;
        Rows = rows.Take(MaxRows).ToList();
        var inventory = await design.InventoryAsync(Project.Id, cancel).ConfigureAwait(false);
        Inventory = inventory.Where(e => e.Seen).DistinctBy(e => e.Key).ToDictionary(e => e.Key, StringComparer.Ordinal);
        HasStatus = inventory.Any(e => e.Status is not null);
        Unseen = [.. inventory.Where(e => !e.Seen && Matches(e.Key)).OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal).Take(MaxRows)];
    }

    public InventoryEntry? EntryOf(EndpointRow row) => Inventory.GetValueOrDefault(row.Stats.Endpoint.ToString());

    private bool Matches(string endpoint) => string.IsNullOrEmpty(Filter) || endpoint.Contains(Filter, StringComparison.OrdinalIgnoreCase);
}
