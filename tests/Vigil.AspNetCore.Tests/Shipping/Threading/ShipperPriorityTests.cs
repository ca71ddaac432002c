using Microsoft.AspNetCore.Builder;
using Vigil.AspNetCore.Tests.Support;

namespace Vigil.AspNetCore.Tests.Shipping.Threading;

public sealed class ShipperPriorityTests
{
    [Fact]
    public async Task A_low_priority_shipper_says_so_once_and_still_ships_on_an_idle_machine()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector, o =>
            {
                o.ShipperPriority = ShipperPriority.Low;
                o.FlushInterval = TimeSpan.FromMilliseconds(50);
            }),
            app => app.MapGet("/p/{i:int}", (int i) => i));

        for (var i = 0; i < 3; i++)
        {
            await app.Client.GetStringAsync($"/p/{i}");
        }

        await Eventually.TrueAsync(() => collector.AcceptedEvents.Count == 3, "3 events shipped");
        var entry = Assert.Single(app.Logs.WithEventId(6));
        var expected = OperatingSystem.IsLinux() || OperatingSystem.IsWindows() ? "runs at low priority" : "runs at normal priority";
        Assert.StartsWith(expected, (string)entry.State["Outcome"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_normal_priority_shipper_logs_nothing_about_priority_and_reports_its_cpu()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector, o => o.FlushInterval = TimeSpan.FromMilliseconds(50)),
            app => app.MapGet("/n/{i:int}", (int i) => i));

        await app.Client.GetStringAsync("/n/1");

        await Eventually.TrueAsync(() => collector.AcceptedEvents.Count == 1, "1 event shipped");
        Assert.Empty(app.Logs.WithEventId(6));
        if (OperatingSystem.IsLinux())
        {
            await Eventually.TrueAsync(() => app.Metrics.ShipperCpuTime > TimeSpan.Zero, "shipper CPU reported");
        }
    }
}
