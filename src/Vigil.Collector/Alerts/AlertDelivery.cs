using Microsoft.Extensions.Hosting;
using Vigil.Alerting.Channels;

namespace Vigil.Collector.Alerts;

/// <summary>Hosts the alert dispatcher's delivery loop for the collector's lifetime.</summary>
internal sealed class AlertDelivery(AlertDispatcher dispatcher) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => dispatcher.RunAsync(stoppingToken);
}
