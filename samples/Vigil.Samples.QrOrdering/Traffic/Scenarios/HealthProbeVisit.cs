namespace Vigil.Samples.QrOrdering.Traffic.Scenarios;

/// <summary>The load balancer's liveness check.</summary>
internal sealed class HealthProbeVisit : IDemoScenario
{
    public int Weight => 5;

    public Task RunAsync(DemoVisit visit) =>
        visit.Http.SendAsync(DemoEndpoints.Health, HttpMethod.Get, "/health", ClientIdentity.HealthProbe, visit.CancellationToken);
}
