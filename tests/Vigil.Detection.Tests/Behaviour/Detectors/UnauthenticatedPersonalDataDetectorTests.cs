using Vigil.Core.Findings;
using Vigil.Detection.Behaviour;
using Vigil.Detection.Behaviour.Detectors;

namespace Vigil.Detection.Tests.Behaviour.Detectors;

public sealed class UnauthenticatedPersonalDataDetectorTests
{
    private static Stream New() => new(new UnauthenticatedPersonalDataDetector(new BehaviourOptions()));

    [Fact]
    public void Detect_once_then_escalate_once_as_volume_grows()
    {
        var s = New();
        s.Repeat(200, TimeSpan.FromMinutes(20), i => Stream.Event("GET /tables/{id}/orders", client: $"ip:192.0.2.{i % 50}", personal: true, records: 3));

        var findings = s.Of("VG2002");
        Assert.Equal(2, findings.Count);
        Assert.Equal([ThreatLevel.Medium, ThreatLevel.High], findings.Select(f => f.Threat));
        Assert.All(findings, f => Assert.Equal("*", f.Location));
        Assert.Contains("harvested", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_personal_data_returned_to_authenticated_callers()
    {
        var s = New();
        s.Repeat(500, TimeSpan.FromMinutes(10), i => Stream.Event("GET /me", client: $"user:{i}", personal: true));

        Assert.Empty(s.Findings);
    }

    [Fact]
    public void Safe_public_menus_without_personal_data()
    {
        var s = New();
        s.Repeat(500, TimeSpan.FromMinutes(10), i => Stream.Event("GET /restaurants/{id}/menu", client: $"ip:192.0.2.{i % 200}", records: 40));

        Assert.Empty(s.Findings);
    }
}
