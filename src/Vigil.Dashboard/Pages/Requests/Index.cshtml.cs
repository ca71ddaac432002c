using System.Globalization;
using Vigil.Core.Findings;
using Vigil.Dashboard.Model;
using Vigil.Storage;
using Vigil.Storage.Dashboard;

namespace Vigil.Dashboard.Pages.Requests;

/// <summary>
/// The requests list. Every filter comes from the query string and is checked here: a value that does not parse
/// is reported next to the form and ignored, never passed on.
/// </summary>
public sealed class IndexModel(ProjectContext projects, IDashboardQueries queries, IEventStore events, TimeProvider clock) : DashboardPageModel(projects)
{
    public const int PageSize = 50;

    public override string Section => "requests";

    public RequestPage? Results { get; private set; }

    public List<string> Problems { get; } = [];

    public string? Endpoint { get; private set; }

    public string? Status { get; private set; }

    public string? Threat { get; private set; }

    public string? Client { get; private set; }

    public string? Range { get; private set; }

    /// <summary>Suggestions for the endpoint box: the busiest endpoints.</summary>
    public IReadOnlyList<string> KnownEndpoints { get; private set; } = [];

    public async Task OnGetAsync(string? endpoint, string? status, string? threat, string? client, string? range, string? before)
    {
        (Endpoint, Status, Threat, Client, Range) = (endpoint?.Trim(), status?.Trim(), threat, client?.Trim(), range);
        if (Project is null)
        {
            return;
        }

        var filter = new RequestFilter(Project.Id, Limit: PageSize, Before: RequestCursor.Parse(before));
        if (!string.IsNullOrEmpty(Endpoint))
        {
            var space = Endpoint.IndexOf(' ', StringComparison.Ordinal);
            filter = space > 0
                ? filter with { Method = Endpoint[..space], Route = Endpoint[(space + 1)..].Trim() }
                : filter with { Route = Endpoint };
        }

        if (!string.IsNullOrEmpty(Status))
        {
            if (Status.Length == 3 && Status.EndsWith("xx", StringComparison.OrdinalIgnoreCase) && Status[0] is >= '1' and <= '5')
            {
                filter = filter with { StatusClass = Status[0] - '0' };
            }
            else if (int.TryParse(Status, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 100 and <= 599)
            {
                filter = filter with { Status = code };
            }
            else
            {
                Problems.Add($"Status \"{Status}\" is not a code (404) or a class (4xx); ignored.");
            }
        }

        if (!string.IsNullOrEmpty(Threat))
        {
            if (Enum.TryParse<ThreatLevel>(Threat, ignoreCase: true, out var level) && Enum.IsDefined(level))
            {
                filter = filter with { Threat = level };
            }
            else
            {
                Problems.Add($"Threat \"{Threat}\" is not none, low, medium or high; ignored.");
            }
        }

        if (!string.IsNullOrEmpty(Client))
        {
            filter = filter with { ClientIp = Client };
        }

        if (!string.IsNullOrEmpty(Range))
        {
            filter = filter with { Range = RangeChoice.Parse(Range).EndingAt(clock.GetUtcNow()) };
        }

        Results = await queries.QueryRequestsAsync(filter, HttpContext.RequestAborted).ConfigureAwait(false);
        KnownEndpoints = [.. (await events.ListEndpointsAsync(Project.Id, HttpContext.RequestAborted).ConfigureAwait(false)).Take(200).Select(e => e.Endpoint.ToString())];
    }
}
