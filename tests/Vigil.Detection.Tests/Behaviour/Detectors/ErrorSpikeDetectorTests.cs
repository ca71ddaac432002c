using Vigil.Detection.Behaviour;
using Vigil.Detection.Behaviour.Detectors;

namespace Vigil.Detection.Tests.Behaviour.Detectors;

public sealed class ErrorSpikeDetectorTests
{
    private static Stream New() => new(new ErrorSpikeDetector(new BehaviourOptions()));

    [Fact]
    public void Detect_most_answers_failing_in_a_minute()
    {
        var s = New();
        s.Repeat(100, TimeSpan.FromMinutes(10), _ => Stream.Event("POST /payments"));
        s.Repeat(40, TimeSpan.FromMinutes(1), i => Stream.Event("POST /payments", status: i % 5 == 0 ? 200 : 500));

        var finding = Assert.Single(s.Of("VG2008"));
        Assert.Equal("POST /payments", finding.Endpoint);
        Assert.Contains("5xx", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_an_occasional_500_in_busy_traffic()
    {
        var s = New();
        s.Repeat(6000, TimeSpan.FromHours(1), i => Stream.Event("POST /payments", status: i % 100 == 0 ? 500 : 200));

        Assert.Empty(s.Findings);
    }

    [Fact]
    public void Safe_a_few_errors_on_a_quiet_endpoint()
    {
        var s = New();
        s.Repeat(6, TimeSpan.FromMinutes(1), _ => Stream.Event("GET /reports", status: 503));

        Assert.Empty(s.Findings);
    }
}
