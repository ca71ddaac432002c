using System.Text;
using Microsoft.AspNetCore.Mvc;
using Vigil.Dashboard.Design;
using Vigil.Dashboard.Model;

namespace Vigil.Dashboard.Pages.Governance;

/// <summary>
/// The attached spec's audit (score per category, the points each rule cost, every finding with how to fix) and the
/// download of the OpenAPI document the traffic implies. The audit is cached per spec version by the collector.
/// </summary>
public sealed class IndexModel(ProjectContext projects, IDesignSource design) : DashboardPageModel(projects)
{
    /// <summary>Findings rendered at most; a large spec's thousands of findings are for <c>vigil audit</c>'s reports.</summary>
    public const int MaxFindings = 500;

    public override string Section => "governance";

    public SpecAudit? Audit { get; private set; }

    public IReadOnlyList<SpecFinding> Findings { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (Project is not null)
        {
            Audit = await design.AuditAsync(Project.Id, HttpContext.RequestAborted).ConfigureAwait(false);
            Findings = Audit?.Findings.Take(MaxFindings).ToList() ?? [];
        }
    }

    /// <summary><c>GET /governance?handler=OpenApi</c>: the same document as <c>GET /v1/openapi</c>, for the signed-in session's project.</summary>
    public async Task<IActionResult> OnGetOpenApiAsync()
    {
        if (Project is null)
        {
            return NotFound();
        }

        var json = await design.InferredOpenApiAsync(Project.Id, HttpContext.RequestAborted).ConfigureAwait(false);
        return File(Encoding.UTF8.GetBytes(json), "application/json", $"{FileName(Project.Name)}-inferred-openapi.json");
    }

    // Project names are user input; keep the download's name to safe characters.
    private static string FileName(string name) => new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]);
}
