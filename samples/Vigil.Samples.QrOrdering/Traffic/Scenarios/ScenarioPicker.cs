namespace Vigil.Samples.QrOrdering.Traffic.Scenarios;

/// <summary>Chooses the next visit by weight: mostly diners, a steady trickle of staff, a few browsers and probes.</summary>
internal static class ScenarioPicker
{
    private static readonly IDemoScenario[] All =
        [new NewDinerVisit(), new ReturningDinerVisit(), new StaffShiftVisit(), new BrowsingVisit(), new HealthProbeVisit()];

    private static readonly int TotalWeight = All.Sum(s => s.Weight);

    public static IDemoScenario Next(Random random)
    {
        var roll = random.Next(TotalWeight);
        foreach (var scenario in All)
        {
            roll -= scenario.Weight;
            if (roll < 0)
            {
                return scenario;
            }
        }

        return All[^1];
    }
}
