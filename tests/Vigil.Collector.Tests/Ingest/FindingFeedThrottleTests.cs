using Vigil.Collector.Ingest;
using Vigil.Core.Findings;

namespace Vigil.Collector.Tests.Ingest;

public sealed class FindingFeedThrottleTests
{
    private static readonly Guid Project = Guid.NewGuid();

    private static Finding Low(int minute) => new()
    {
        RuleId = "VG1301",
        Title = "Sequential integer id",
        Threat = ThreatLevel.Low,
        Endpoint = "GET /orders/{id}",
        Location = "path[1]",
        Timestamp = new DateTimeOffset(2026, 11, 1, 12, minute, 0, TimeSpan.Zero),
    };

    [Fact]
    public void A_low_finding_of_a_batch_that_was_never_stored_reaches_the_feed_when_the_sender_retries()
    {
        var throttle = new FindingFeedThrottle();
        var fed = throttle.ForFeed(Project, [Low(0)]);
        Assert.Single(fed);

        throttle.Withdraw(Project, fed);

        Assert.Single(throttle.ForFeed(Project, [Low(0)]));
        Assert.Empty(throttle.ForFeed(Project, [Low(1)]));
    }

    [Fact]
    public void Withdrawing_an_older_batch_keeps_what_a_newer_one_fed()
    {
        var throttle = new FindingFeedThrottle();
        var older = throttle.ForFeed(Project, [Low(0)]);
        throttle.Withdraw(Project, older);
        var newer = throttle.ForFeed(Project, [Low(2)]);
        Assert.Single(newer);

        throttle.Withdraw(Project, older);

        Assert.Empty(throttle.ForFeed(Project, [Low(3)]));
    }
}
