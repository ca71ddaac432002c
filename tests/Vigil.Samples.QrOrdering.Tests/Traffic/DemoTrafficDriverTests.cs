using Vigil.Samples.QrOrdering.Tests.Hosting;
using Vigil.Samples.QrOrdering.Traffic;
using Xunit.Abstractions;

namespace Vigil.Samples.QrOrdering.Tests.Traffic;

/// <summary>Each test drives its own sample, so the shared one keeps predictable order ids.</summary>
public sealed class DemoTrafficDriverTests(ITestOutputHelper output)
{
    [Fact]
    public async Task BoundedRun_ReachesEveryEndpointKind_WithoutServerErrors()
    {
        await using var host = await SampleHost.StartAsync();
        var driver = new DemoTrafficDriver(new DemoTrafficOptions { RequestsPerSecond = 1000, MaxRequests = 800 });

        var stats = await driver.RunAsync(host.BaseAddress, duration: TimeSpan.FromMinutes(2), CancellationToken.None);
        foreach (var (endpoint, counts) in stats.ByEndpoint)
        {
            output.WriteLine($"{endpoint,-50} {counts}");
        }

        Assert.Equal(800, stats.RequestsSent);
        Assert.Equal(800, driver.RequestsSent);
        Assert.Equal(0, stats.Total.ServerError);
        Assert.Equal(0, stats.Total.Failed);
        Assert.Equal(0, stats.AbandonedVisits);
        Assert.True(stats.Total.Successful > stats.Total.ClientError * 5, $"mostly benign: {stats.Total}");
        Assert.True(stats.Total.ClientError > 0, "real clients make the odd mistake (typo'd QR codes, zero quantities)");
        string[] everyKind =
        [
            DemoEndpoints.ListRestaurants, DemoEndpoints.GetMenu, DemoEndpoints.GetTable, DemoEndpoints.PlaceOrder,
            DemoEndpoints.GetOrder, DemoEndpoints.LookupCustomer, DemoEndpoints.Pay, DemoEndpoints.Login,
            DemoEndpoints.ListRestaurantOrders, DemoEndpoints.UpdateOrderStatus, DemoEndpoints.DailyReport, DemoEndpoints.Health,
        ];
        Assert.All(everyKind, endpoint =>
            Assert.True(stats.ByEndpoint.GetValueOrDefault(endpoint).Successful > 0, $"no 2xx for {endpoint}"));
    }

    [Fact]
    public async Task TimedRun_KeepsToTheRate_ReportsProgress_AndReturnsWhenTimeIsUp()
    {
        await using var host = await SampleHost.StartAsync();
        var progress = new RecordingProgress();
        var driver = new DemoTrafficDriver(new DemoTrafficOptions { Progress = progress, ProgressInterval = TimeSpan.FromMilliseconds(200) });

        var stats = await driver.RunAsync(host.BaseAddress, TimeSpan.FromSeconds(2), CancellationToken.None);

        // 20 requests/s for 2 s; generous bounds because the CI box is shared.
        Assert.InRange(stats.RequestsSent, 5, 45);
        Assert.InRange(stats.Elapsed, TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(15));
        Assert.Equal(0, stats.Total.ServerError);
        Assert.True(progress.Reports.Count >= 2);
        Assert.Equal(stats.RequestsSent, progress.Reports[^1].RequestsSent);
    }

    [Fact]
    public async Task Cancellation_EndsTheRunWithStatistics()
    {
        await using var host = await SampleHost.StartAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        var driver = new DemoTrafficDriver();

        var stats = await driver.RunAsync(host.BaseAddress, duration: null, cancel.Token);

        Assert.True(stats.RequestsSent > 0);
        Assert.Equal(0, stats.Total.ServerError);
    }

    [Fact]
    public async Task UnreachableServer_IsCountedNotThrown()
    {
        var driver = new DemoTrafficDriver(new DemoTrafficOptions { RequestsPerSecond = 1000, MaxRequests = 10 });

        // Port 1 (tcpmux) is closed on any sane machine: connections are refused at once.
        var stats = await driver.RunAsync(new Uri("http://127.0.0.1:1"), TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal(10, stats.Total.Failed);
        Assert.Equal(10, stats.RequestsSent);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void NonPositiveRate_IsRejectedUpFront(double rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DemoTrafficDriver(new DemoTrafficOptions { RequestsPerSecond = rate }));

    private sealed class RecordingProgress : IProgress<DemoTrafficStats>
    {
        private readonly Lock _gate = new();
        private readonly List<DemoTrafficStats> _reports = [];

        public IReadOnlyList<DemoTrafficStats> Reports
        {
            get
            {
                lock (_gate)
                {
                    return _reports.ToList();
                }
            }
        }

        public void Report(DemoTrafficStats value)
        {
            lock (_gate)
            {
                _reports.Add(value);
            }
        }
    }
}
