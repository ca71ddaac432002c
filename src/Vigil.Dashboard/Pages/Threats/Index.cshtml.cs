using Vigil.Core.Findings;
using Vigil.Dashboard.Model;
using Vigil.Storage.Dashboard;

namespace Vigil.Dashboard.Pages.Threats;

/// <summary>The findings feed: the latest findings rendered by the server, newer ones streamed in (Live/FeedStreams).</summary>
public sealed class IndexModel(ProjectContext projects, IDashboardQueries queries) : DashboardPageModel(projects)
{
    public override string Section => "threats";

    public ThreatLevel Min { get; private set; } = ThreatLevel.Low;

    public IReadOnlyList<FeedFinding> Findings { get; private set; } = [];

    /// <summary>Where the browser's EventSource connects: after the newest finding shown, at the same threat floor.</summary>
    public string StreamUrl => $"/threats/stream?min={ThreatStyle.Label(Min)}&after={(Findings.Count == 0 ? 0 : Findings[0].Seq)}";

    public async Task OnGetAsync(string? min)
    {
        Min = Enum.TryParse<ThreatLevel>(min, ignoreCase: true, out var level) && level is >= ThreatLevel.Low and <= ThreatLevel.High ? level : ThreatLevel.Low;
        if (Project is not null)
        {
            Findings = await queries.FindingsAsync(new FeedQuery(Project.Id, Min, Limit: 100), HttpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
