using Vigil.Detection.Behaviour;
using Vigil.Detection.Behaviour.Detectors;

namespace Vigil.Detection.Tests.Behaviour.Detectors;

public sealed class CredentialStuffingDetectorTests
{
    private static Stream New() => new(new CredentialStuffingDetector(new BehaviourOptions()));

    private static BehaviourEvent Login(string ip, string user, int status = 401) =>
        Stream.Event("POST /auth/login", client: "ip:" + ip, status: status, action: AuthAction.Login, username: user);

    [Fact]
    public void Detect_stuffing_one_address_many_usernames()
    {
        var s = New();
        s.Repeat(100, TimeSpan.FromSeconds(20), i => Login("203.0.113.66", $"user{i}"));

        var finding = Assert.Single(s.Of("VG2003"));
        Assert.Equal("ip:203.0.113.66", finding.Location);
        Assert.Contains("credential stuffing", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_a_distributed_guess_on_one_account()
    {
        var s = New();
        s.Repeat(40, TimeSpan.FromMinutes(4), i => Login($"198.51.100.{i}", "alice"));

        var finding = Assert.Single(s.Of("VG2003"));
        Assert.Equal("username:alice", finding.Location);
    }

    [Fact]
    public void Safe_people_mistyping_their_password_now_and_then()
    {
        var s = New();
        // 400 users, each failing twice and then succeeding, spread over an hour from their own addresses.
        s.Repeat(1200, TimeSpan.FromHours(1), i => Login($"10.1.{i / 3 / 250}.{i / 3 % 250}", $"user{i / 3}", status: i % 3 == 2 ? 200 : 401));

        Assert.Empty(s.Findings);
    }

    [Fact]
    public void Safe_failures_on_routes_that_are_not_logins()
    {
        var s = New();
        s.Repeat(300, TimeSpan.FromMinutes(2), _ => Stream.Event("GET /admin/reports", status: 403));

        Assert.Empty(s.Findings);
    }
}
