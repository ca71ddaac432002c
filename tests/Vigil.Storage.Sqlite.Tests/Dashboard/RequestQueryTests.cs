using Vigil.Core.Findings;
using Vigil.Storage.Dashboard;

namespace Vigil.Storage.Sqlite.Tests.Dashboard;

public sealed class RequestQueryTests : DashboardStoreFixture
{
    [Fact]
    public async Task Keyset_pages_cover_every_request_once_newest_first_even_with_equal_timestamps()
    {
        // 120 events, three to a millisecond, so the cursor must break ties by insertion order.
        await AppendAsync([.. Enumerable.Range(0, 120).Select(i => Write(T0.AddMilliseconds(i / 3)))]);

        var seen = new List<RequestSummary>();
        RequestCursor? cursor = null;
        var pages = 0;
        do
        {
            var page = await Store.Dashboard.QueryRequestsAsync(new RequestFilter(ProjectId, Limit: 50, Before: cursor));
            seen.AddRange(page.Items);
            cursor = page.Next;
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(120, seen.Select(r => r.Id).Distinct().Count());
        Assert.Equal(seen.OrderByDescending(r => r.Timestamp).Select(r => r.Timestamp), seen.Select(r => r.Timestamp));
    }

    [Fact]
    public async Task Filters_combine_status_code_class_threat_client_endpoint_and_time()
    {
        await AppendAsync(
            Write(T0, "/a", status: 404), Write(T0, "/a", status: 500), Write(T0, "/b", status: 503, client: "10.9.9.9"),
            Write(T0, "/b", threat: ThreatLevel.High, rule: "VG1001"), Write(T0.AddHours(-3), "/a", status: 500), Write(T0, "/a", method: "POST"));

        async Task<int> Count(RequestFilter f) => (await Store.Dashboard.QueryRequestsAsync(f)).Items.Count;

        Assert.Equal(2, await Count(new RequestFilter(ProjectId, Status: 500)));
        Assert.Equal(3, await Count(new RequestFilter(ProjectId, StatusClass: 5)));
        Assert.Equal(1, await Count(new RequestFilter(ProjectId, StatusClass: 5, Range: new TimeRange(T0.AddHours(-1), T0.AddHours(1)), ClientIp: "10.9.9.9")));
        Assert.Equal(1, await Count(new RequestFilter(ProjectId, Threat: ThreatLevel.High)));
        Assert.Equal(4, await Count(new RequestFilter(ProjectId, Route: "/a")));
        Assert.Equal(1, await Count(new RequestFilter(ProjectId, Route: "/a", Method: "post")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("12-")]
    [InlineData("1-2-3")]
    [InlineData("99999999999999999999-1")]
    [InlineData("1;DROP TABLE events-1")]
    public void A_tampered_cursor_reads_as_no_cursor(string text) => Assert.Null(RequestCursor.Parse(text));

    [Fact]
    public void A_cursor_round_trips() => Assert.Equal(new RequestCursor(1767225600000, 42), RequestCursor.Parse(new RequestCursor(1767225600000, 42).ToString()));
}
