using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Vigil.Core.Endpoints;
using Vigil.Dashboard.Design;
using Vigil.Dashboard.Model;
using Vigil.Storage;
using Vigil.Storage.Dashboard;

namespace Vigil.Dashboard.Pages.Endpoints;

/// <summary>
/// One endpoint: its sources, status and handler (file and line, when a scan was uploaded), its statistics, the rules
/// that fired on it and its latest findings. An endpoint only the spec or the code knows shows its inventory facts.
/// </summary>
public sealed class DetailModel(ProjectContext projects, IEventStore events, IDashboardQueries queries, RuleBook rules, IDesignSource design, TimeProvider clock) : DashboardPageModel(projects)
{
    public override string Section => "endpoints";

    public EndpointRow? Row { get; private set; }

    public IReadOnlyList<FeedFinding> Findings { get; private set; } = [];

    /// <summary>The endpoint in the three-way inventory; null when the inventory does not list it.</summary>
    public InventoryEntry? Entry { get; private set; }

    public RuleBook Rules => rules;

    public async Task<IActionResult> OnGetAsync(string? method, string? route)
    {
        if (Project is not null && !string.IsNullOrEmpty(method) && !string.IsNullOrEmpty(route))
        {
            var key = new EndpointKey(method.ToUpperInvariant(), route);
            var cancel = HttpContext.RequestAborted;
            var stats = (await events.ListEndpointsAsync(Project.Id, cancel).ConfigureAwait(false)).Where(s => s.Endpoint == key).ToList();
            var traits = await queries.EndpointTraitsAsync(Project.Id, RangeChoice.Default.EndingAt(clock.GetUtcNow()), cancel).ConfigureAwait(false);
            Row = EndpointRow.Join(stats, traits, rules).FirstOrDefault();
            if (Row is not null)
            {
                Findings = await queries.FindingsAsync(new FeedQuery(Project.Id, Core.Findings.ThreatLevel.Low, key.ToString(), Limit: 50), cancel).ConfigureAwait(false);
            }

            Entry = (await design.InventoryAsync(Project.Id, cancel).ConfigureAwait(false)).FirstOrDefault(e => e.Key == key.ToString() && e.Seen == (Row is not null));
        }

        if (Row is null && Entry is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
