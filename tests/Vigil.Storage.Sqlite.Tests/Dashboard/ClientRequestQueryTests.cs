using Microsoft.Data.Sqlite;
using Vigil.Core.Findings;
using Vigil.Storage.Dashboard;

namespace Vigil.Storage.Sqlite.Tests.Dashboard;

/// <summary>The client filter reads the client's hours from client_hours, then only those hours of events.</summary>
public sealed class ClientRequestQueryTests : DashboardStoreFixture
{
    [Fact]
    public async Task A_clients_requests_page_newest_first_across_hours_and_among_other_clients()
    {
        // Buffered client counts (not yet flushed to client_hours) must be found too: nothing here reaches a flush.
        var writes = new List<EventWrite>();
        for (var i = 0; i < 90; i++)
        {
            var at = T0.AddMinutes(-17 * i);
            writes.Add(Write(at, client: i % 3 == 0 ? "10.9.9.9" : "10.0.0." + (i % 7)));
        }

        await AppendAsync([.. writes]);
        var seen = new List<RequestSummary>();
        RequestCursor? cursor = null;
        do
        {
            var page = await Store.Dashboard.QueryRequestsAsync(new RequestFilter(ProjectId, ClientIp: "10.9.9.9", Limit: 7, Before: cursor));
            Assert.True(page.Items.Count <= 7);
            seen.AddRange(page.Items);
            cursor = page.Next;
        }
        while (cursor is not null);

        Assert.Equal(30, seen.Select(r => r.Id).Distinct().Count());
        Assert.All(seen, r => Assert.Equal("10.9.9.9", r.ClientIp));
        Assert.Equal(seen.OrderByDescending(r => r.Timestamp).Select(r => r.Timestamp), seen.Select(r => r.Timestamp));
    }

    [Fact]
    public async Task The_client_filter_keeps_the_range_and_the_other_filters()
    {
        await AppendAsync(
            Write(T0, client: "10.9.9.9", status: 500), Write(T0.AddMinutes(-5), client: "10.9.9.9"), Write(T0.AddHours(-2), client: "10.9.9.9", status: 500),
            Write(T0.AddMinutes(-59), client: "10.9.9.9", status: 503), Write(T0, client: "10.0.0.1", status: 500),
            Write(T0.AddHours(-5), client: "10.9.9.9", threat: ThreatLevel.High, rule: "VG1001"), Write(T0, client: "10.0.0.1", threat: ThreatLevel.High, rule: "VG1001"));

        async Task<int> Count(RequestFilter f) => (await Store.Dashboard.QueryRequestsAsync(f)).Items.Count;

        Assert.Equal(3, await Count(new RequestFilter(ProjectId, ClientIp: "10.9.9.9", StatusClass: 5)));
        Assert.Equal(2, await Count(new RequestFilter(ProjectId, ClientIp: "10.9.9.9", StatusClass: 5, Range: new TimeRange(T0.AddMinutes(-90), T0.AddMinutes(1)))));
        Assert.Equal(1, await Count(new RequestFilter(ProjectId, ClientIp: "10.9.9.9", Range: new TimeRange(T0.AddMinutes(-30), T0))));
        Assert.Equal(1, await Count(new RequestFilter(ProjectId, ClientIp: "10.9.9.9", Threat: ThreatLevel.High)));
        Assert.Equal(0, await Count(new RequestFilter(ProjectId, ClientIp: "10.9.9.9", Threat: ThreatLevel.High, StatusClass: 5)));
        Assert.Equal(0, await Count(new RequestFilter(ProjectId, ClientIp: "10.7.7.7")));
    }

    [Fact]
    public async Task Events_have_no_index_by_client_since_it_cost_every_append()
    {
        await using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql LIKE '%(project_id, client_ip%'";
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }
}
