using Vigil.Dashboard.Auth;
using Vigil.Storage.Dashboard;
using Vigil.TestKit;

namespace Vigil.Dashboard.Tests.Auth;

public sealed class SignInThrottleTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
    private readonly SignInThrottle _throttle;

    public SignInThrottleTests() => _throttle = new SignInThrottle(Options(), _clock);

    [Fact]
    public void Five_failures_lock_the_user_for_the_lockout_duration_then_it_lifts()
    {
        for (var i = 0; i < 4; i++)
        {
            _throttle.Failed("admin", "10.0.0.1");
            Assert.Null(_throttle.LockedFor("admin", "10.0.0.1"));
        }

        _throttle.Failed("admin", "10.0.0.1");

        Assert.Equal(TimeSpan.FromMinutes(15), _throttle.LockedFor("admin", "10.0.0.2"));
        _clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(TimeSpan.FromMinutes(1), _throttle.LockedFor("ADMIN", "10.0.0.2"));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(_throttle.LockedFor("admin", "10.0.0.2"));
    }

    [Fact]
    public void One_address_trying_many_names_is_locked_too()
    {
        for (var i = 0; i < 5; i++)
        {
            _throttle.Failed($"user{i}", "203.0.113.9");
        }

        Assert.NotNull(_throttle.LockedFor("someone-else", "203.0.113.9"));
        Assert.Null(_throttle.LockedFor("someone-else", "203.0.113.10"));
    }

    [Fact]
    public void Failures_spread_beyond_the_window_never_lock()
    {
        for (var i = 0; i < 10; i++)
        {
            _throttle.Failed("admin", $"10.0.0.{i}");
            _clock.Advance(TimeSpan.FromMinutes(4));
        }

        Assert.Null(_throttle.LockedFor("admin", "10.0.1.1"));
    }

    [Fact]
    public void Someone_failing_on_purpose_cannot_lock_the_user_out_where_they_signed_in_before()
    {
        _throttle.Succeeded("admin", "10.0.0.1");
        for (var i = 0; i < 5; i++)
        {
            _throttle.Failed("admin", $"198.51.100.{i}");
        }

        Assert.Null(_throttle.LockedFor("admin", "10.0.0.1"));
        Assert.NotNull(_throttle.LockedFor("admin", "198.51.100.77"));
    }

    [Fact]
    public void A_flood_of_new_names_does_not_lift_a_live_lock()
    {
        for (var i = 0; i < 5; i++)
        {
            _throttle.Failed("admin", "203.0.113.1");
        }

        for (var i = 0; i < SignInThrottle.MaxTracked * 2; i++)
        {
            _throttle.Failed($"user{i}", $"10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}");
        }

        Assert.NotNull(_throttle.LockedFor("admin", "198.51.100.1"));
    }

    [Fact]
    public void Megabyte_user_names_are_not_kept_whole()
    {
        _throttle.Failed(new string('a', 1_000_000), "10.0.0.1");
        var before = GC.GetTotalMemory(forceFullCollection: true);

        for (var i = 0; i < 50; i++)
        {
            _throttle.Failed(new string((char)('a' + (i % 26)), 1_000_000 + i), $"10.0.0.{i}");
        }

        Assert.True(GC.GetTotalMemory(forceFullCollection: true) - before < 10_000_000, "each failure kept its megabyte name");
    }

    [Fact]
    public void A_success_clears_the_users_count()
    {
        for (var i = 0; i < 4; i++)
        {
            _throttle.Failed("admin", $"10.0.0.{i}");
        }

        _throttle.Succeeded("admin", "10.0.0.1");
        _throttle.Failed("admin", "10.0.0.9");

        Assert.Null(_throttle.LockedFor("admin", "10.0.0.9"));
    }

    [Fact]
    public void Memory_stays_bounded_under_a_flood_of_names()
    {
        for (var i = 0; i < SignInThrottle.MaxTracked * 3; i++)
        {
            _throttle.Failed($"user{i}", $"10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}");
        }

        Assert.True(_throttle.Tracked <= SignInThrottle.MaxTracked + 2, $"{_throttle.Tracked} entries");
    }

    private static DashboardOptions Options() => new()
    {
        Queries = null!,
        IssueKey = (_, _, _, _) => Task.FromResult(""),
    };
}
