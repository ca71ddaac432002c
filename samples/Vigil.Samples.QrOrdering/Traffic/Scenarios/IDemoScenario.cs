namespace Vigil.Samples.QrOrdering.Traffic.Scenarios;

/// <summary>One kind of visit a real client makes; returns when the visit ends or the run's budget is spent.</summary>
internal interface IDemoScenario
{
    /// <summary>How often this visit happens relative to the others.</summary>
    int Weight { get; }

    Task RunAsync(DemoVisit visit);
}
