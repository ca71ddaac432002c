using Vigil.Dashboard.Design;
using Vigil.Dashboard.Model;

namespace Vigil.Dashboard.Pages.Code;

/// <summary>
/// The latest uploaded scan: what was scanned and when, the endpoints the code declares (handler, auth and why), its
/// findings, and the code / spec / traffic diff taken from the same inventory <c>/v1/endpoints</c> answers.
/// </summary>
public sealed class IndexModel(ProjectContext projects, IDesignSource design) : DashboardPageModel(projects)
{
    /// <summary>Rows rendered at most per table; a scan holds up to 20,000 endpoints and findings.</summary>
    public const int MaxRows = 500;

    public override string Section => "code";

    public CodeScan? Scan { get; private set; }

    /// <summary>Endpoints whose sources disagree: shadow and zombie, or known to one or two of code, spec and traffic only.</summary>
    public IReadOnlyList<InventoryEntry> Diff { get; private set; } = [];

    public bool HasSpec { get; private set; }

    public async Task OnGetAsync()
    {
        if (Project is null)
        {
            return;
        }

        var cancel = HttpContext.RequestAborted;
        Scan = await design.LatestScanAsync(Project.Id, cancel).ConfigureAwait(false);
        if (Scan is not null)
        {
            var inventory = await design.InventoryAsync(Project.Id, cancel).ConfigureAwait(false);
            HasSpec = inventory.Any(e => e.Sources.Contains(InventorySources.Spec));
            Diff = InventorySources.Disagreements(inventory, HasSpec);
        }
    }
}
