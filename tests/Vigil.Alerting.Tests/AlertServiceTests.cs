using Vigil.Alerting.Grouping;
using Vigil.Alerting.Tests.Support;
using Vigil.Core.Findings;
using Vigil.Storage.Alerts;
using Vigil.TestKit;

namespace Vigil.Alerting.Tests;

public sealed class AlertServiceTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Project = Guid.NewGuid();

    private static Finding Walk(int second) => new()
    {
        RuleId = "VG2001", Title = "Object id enumeration (BOLA)", Threat = ThreatLevel.High, Endpoint = "GET /orders/{id}", Location = "ip:203.0.113.5",
        Timestamp = T0.AddSeconds(second), EventId = Guid.NewGuid(),
    };

    private static (AlertService Service, InMemoryAlertStore Memory, GatedAlertStore Store) New()
    {
        var clock = new ManualClock(T0);
        var memory = new InMemoryAlertStore();
        var store = new GatedAlertStore(memory);
        var options = new AlertingOptions();
        return (new AlertService(new AlertGrouper(options, clock), store, NoNotifier.Instance, clock, options), memory, store);
    }

    [Fact]
    public async Task An_ack_during_a_slow_flush_is_not_overwritten_by_the_older_open_copy()
    {
        var (service, memory, store) = New();
        var id = service.Apply(Project, Walk(0), "ip:203.0.113.5")!.Alert.Id;
        await service.FlushAsync();
        service.Apply(Project, Walk(1), "ip:203.0.113.5");

        store.ArmNextSave();
        var slowFlush = service.FlushAsync(); // the pipeline's flush, holding the "open, 2 findings" copy
        await store.Entered.Task;
        var ack = service.AcknowledgeAsync(Project, id); // an operator acks meanwhile
        await Task.Delay(50);
        store.Release.SetResult();
        await Task.WhenAll(slowFlush, ack);
        await service.FlushAsync();

        var stored = (await memory.GetAlertAsync(Project, id))!;
        Assert.Equal(AlertStatus.Acknowledged, stored.Status);
        Assert.Equal(2, stored.Findings);
        Assert.Equal(AlertStatus.Acknowledged, (await ack)!.Status);
    }

    [Fact]
    public async Task Concurrent_flushes_never_let_an_older_copy_land_last()
    {
        var (service, memory, store) = New();
        var id = service.Apply(Project, Walk(0), "ip:203.0.113.5")!.Alert.Id;

        store.ArmNextSave();
        var slowFlush = service.FlushAsync(); // holds the 1-finding copy
        await store.Entered.Task;
        service.Apply(Project, Walk(1), "ip:203.0.113.5");
        var readerFlush = service.FlushAsync(); // GET /v1/alerts flushes the 2-finding copy
        await Task.Delay(50);
        store.Release.SetResult();
        await Task.WhenAll(slowFlush, readerFlush);

        Assert.Equal(2, (await memory.GetAlertAsync(Project, id))!.Findings);
    }
}
