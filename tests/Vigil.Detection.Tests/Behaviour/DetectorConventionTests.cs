using Vigil.Detection.Behaviour;

namespace Vigil.Detection.Tests.Behaviour;

/// <summary>Adding a detector means adding its tests, and its id in the VG2xxx block.</summary>
public sealed class DetectorConventionTests
{
    [Fact]
    public void Every_detector_has_a_test_class_with_detect_and_safe_cases_and_a_vg2_id()
    {
        var testClasses = typeof(DetectorConventionTests).Assembly.GetTypes().Where(t => t.IsPublic).ToDictionary(t => t.Name, StringComparer.Ordinal);
        var detectors = DetectorCatalog.Create(new BehaviourOptions());
        var missing = new List<string>();
        foreach (var detector in detectors)
        {
            var name = detector.GetType().Name + "Tests";
            var methods = testClasses.TryGetValue(name, out var type) ? type.GetMethods().Select(m => m.Name).ToList() : [];
            if (!methods.Any(m => m.StartsWith("Detect", StringComparison.Ordinal)) || !methods.Any(m => m.StartsWith("Safe", StringComparison.Ordinal)))
            {
                missing.Add(name);
            }
        }

        Assert.Empty(missing);
        Assert.All(detectors, d => Assert.Matches("^VG2[0-9]{3}$", d.Descriptor.Id));
        Assert.True(detectors.Count >= 9, $"only {detectors.Count} detectors discovered");
    }

    [Fact]
    public void A_detector_that_throws_is_contained_and_reported_once()
    {
        var engine = new BehaviourEngine(new BehaviourOptions(), [new Throwing()]);
        var first = engine.Observe(Stream.Event());
        var second = engine.Observe(Stream.Event());

        Assert.Equal("VG2000", Assert.Single(first).RuleId);
        Assert.Empty(second);
    }

    [Fact]
    public void A_duplicate_id_is_a_start_up_error_naming_both_types()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new BehaviourEngine(new BehaviourOptions(), [new Throwing(), new Throwing()]));
        Assert.Contains("VG2999", error.Message, StringComparison.Ordinal);
    }

    private sealed class Throwing : IBehaviourDetector
    {
        public Core.Findings.RuleDescriptor Descriptor { get; } = new("VG2999", "t", "Behaviour", Core.Findings.ThreatLevel.Low, null, null, "none");

        public void Observe(BehaviourEvent e, DetectorSink findings) => throw new InvalidOperationException("boom");
    }
}
