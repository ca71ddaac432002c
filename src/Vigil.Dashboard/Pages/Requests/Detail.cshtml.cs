using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Vigil.Dashboard.Model;
using Vigil.Storage;

namespace Vigil.Dashboard.Pages.Requests;

/// <summary>One stored request: headers and bodies as masked at ingest, timing, and each finding with its rule's advice.</summary>
public sealed class DetailModel(ProjectContext projects, IEventStore events, RuleBook rules) : DashboardPageModel(projects)
{
    /// <summary>Longest body shown; a stored body is already capped by the SDK, this keeps the page light.</summary>
    public const int MaxBodyChars = 64 * 1024;

    public override string Section => "requests";

    public StoredEvent? Event { get; private set; }

    public RuleBook Rules => rules;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (Project is not null)
        {
            Event = await events.GetEventAsync(Project.Id, id, HttpContext.RequestAborted).ConfigureAwait(false);
        }

        if (Event is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    public static string Clip(string? body) =>
        body is null ? "" : body.Length <= MaxBodyChars ? body : body[..MaxBodyChars] + $"\n… ({body.Length - MaxBodyChars:N0} more characters not shown)";
}
