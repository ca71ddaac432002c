using Vigil.Core.Capture;
using Vigil.Core.Endpoints;
using Vigil.Core.Findings;

namespace Vigil.Storage.Sqlite.Tests.Dashboard;

/// <summary>A fresh store per test and terse builders for the events the dashboard queries read.</summary>
public abstract class DashboardStoreFixture : IAsyncLifetime
{
    protected static readonly DateTimeOffset T0 = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vigil-tests", Guid.NewGuid().ToString("N"));

    protected SqliteVigilStore Store { get; private set; } = null!;

    protected Guid ProjectId { get; private set; }

    protected string DbPath => Path.Combine(_folder, "vigil.db");

    public async Task InitializeAsync()
    {
        Store = new SqliteVigilStore(DbPath);
        await Store.InitializeAsync();
        ProjectId = (await Store.Projects.GetOrCreateProjectAsync("shop")).Id;
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    protected Task AppendAsync(params EventWrite[] writes) => Store.Events.AppendAsync(writes);

    protected EventWrite Write(DateTimeOffset at, string route = "/orders/{id}", int status = 200, double ms = 10, string client = "10.0.0.1",
        ThreatLevel threat = ThreatLevel.None, string? rule = null, bool authenticated = false, Guid? id = null, string method = "GET")
    {
        var exchange = new CapturedExchange
        {
            Id = id ?? Guid.NewGuid(),
            Timestamp = at,
            DurationMs = ms,
            Request = new CapturedRequest
            {
                Method = method, Scheme = "https", Host = "h", Path = route.Replace("{id}", "1", StringComparison.Ordinal), Protocol = "HTTP/1.1", ClientIp = client,
                User = authenticated ? new CapturedUser { Id = "u1", AuthScheme = "Bearer" } : null,
            },
            Response = new CapturedResponse { Status = status },
        };
        var key = new EndpointKey(method, route);
        IReadOnlyList<Finding> findings = rule is null ? [] :
            [new Finding { RuleId = rule, Title = rule + " title", Threat = threat, EventId = exchange.Id, Endpoint = key.ToString(), Timestamp = at }];
        return new EventWrite(new StoredEvent(ProjectId, exchange, key, threat) { Findings = findings }, findings);
    }
}
