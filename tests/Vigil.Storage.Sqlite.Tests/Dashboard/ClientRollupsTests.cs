using Vigil.Core.Findings;
using Vigil.Storage.Dashboard;

namespace Vigil.Storage.Sqlite.Tests.Dashboard;

/// <summary>Client counts are buffered in memory between flushes; these pin that no event is lost or counted twice.</summary>
public sealed class ClientRollupsTests : DashboardStoreFixture
{
    private static readonly TimeRange Hour = new(T0, T0.AddHours(1));
    private static readonly TimeRange Week = new(T0.AddDays(-7), T0.AddHours(1));

    [Fact]
    public async Task Counts_a_crash_left_unflushed_are_recounted_from_the_events_on_the_next_start()
    {
        await AppendClientTrafficAsync();

        // The first store never flushed (no read, far fewer than FlushEvents) and is abandoned as a crash would.
        await using var restarted = new SqliteVigilStore(DbPath);
        await restarted.InitializeAsync();

        AssertExact(await restarted.Dashboard.TopClientsAsync(ProjectId, Hour, 10));
        AssertExact(await restarted.Dashboard.TopClientsAsync(ProjectId, Week, 10));
    }

    [Fact]
    public async Task A_writer_whose_tail_another_process_folded_in_does_not_count_it_twice()
    {
        await AppendClientTrafficAsync();
        await using (var other = new SqliteVigilStore(DbPath))
        {
            await other.InitializeAsync(); // folds this store's unflushed tail in, as a CLI command's start-up would
        }

        await AppendAsync(Write(T0.AddMinutes(9), client: "10.0.0.3"));

        var clients = await Store.Dashboard.TopClientsAsync(ProjectId, Hour, 10);
        Assert.Equal([("10.0.0.1", 3L), ("10.0.0.2", 1L), ("10.0.0.3", 1L)], clients.Select(c => (c.ClientIp, c.Requests)));
    }

    [Fact]
    public async Task A_read_sees_every_event_appended_before_it_and_more_appends_keep_adding()
    {
        await AppendClientTrafficAsync();
        AssertExact(await Store.Dashboard.TopClientsAsync(ProjectId, Hour, 10));

        await AppendAsync(Write(T0.AddMinutes(20), client: "10.0.0.2"), Write(T0.AddMinutes(21), client: "10.0.0.2"));

        var clients = await Store.Dashboard.TopClientsAsync(ProjectId, Week, 10);
        Assert.Equal([("10.0.0.1", 3L), ("10.0.0.2", 3L)], clients.Select(c => (c.ClientIp, c.Requests)));
    }

    private async Task AppendClientTrafficAsync()
    {
        await AppendAsync(Write(T0.AddMinutes(1), client: "10.0.0.1"), Write(T0.AddMinutes(2), status: 503, client: "10.0.0.1"));
        await AppendAsync(Write(T0.AddMinutes(3), threat: ThreatLevel.High, rule: "VG1001", client: "10.0.0.1"), Write(T0.AddMinutes(4), client: "10.0.0.2"));
    }

    private static void AssertExact(IReadOnlyList<ClientUsage> clients) =>
        Assert.Equal([("10.0.0.1", 3L, 1L, 1L), ("10.0.0.2", 1L, 0L, 0L)], clients.Select(c => (c.ClientIp, c.Requests, c.ServerErrors, c.Threats)));
}
