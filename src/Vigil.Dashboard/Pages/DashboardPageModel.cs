using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Dashboard.Model;
using Vigil.Storage;

namespace Vigil.Dashboard.Pages;

/// <summary>
/// Base of every signed-in page: resolves the current project before the handler runs and hands the layout its
/// navigation (the project list and which section is open).
/// </summary>
public abstract class DashboardPageModel(ProjectContext projects) : PageModel
{
    public Project? Project { get; private set; }

    public IReadOnlyList<Project> Projects { get; private set; } = [];

    /// <summary>The navigation entry this page belongs to (see Shared/_Layout.cshtml).</summary>
    public abstract string Section { get; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        (Project, Projects) = await projects.ResolveAsync(HttpContext, HttpContext.RequestAborted).ConfigureAwait(false);
        ViewData["Section"] = Section;
        ViewData["Projects"] = Projects;
        ViewData["Project"] = Project;
        await next().ConfigureAwait(false);
    }

    /// <summary>The same page with one query value changed, for filter and pager links.</summary>
    public string With(string name, string? value)
    {
        var query = Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        query[name] = value;
        var pairs = query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value!));
        return Request.Path + (pairs.Any() ? "?" + string.Join('&', pairs) : "");
    }

    protected IActionResult NoProject() => Page();
}
