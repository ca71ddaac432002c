using Vigil.Detection.Behaviour;
using Vigil.Detection.Behaviour.Detectors;

namespace Vigil.Detection.Tests.Behaviour.Detectors;

public sealed class ResetAndOtpAbuseDetectorTests
{
    private static Stream New() => new(new ResetAndOtpAbuseDetector(new BehaviourOptions()));

    [Fact]
    public void Detect_resets_requested_for_many_accounts_from_one_address()
    {
        var s = New();
        s.Repeat(30, TimeSpan.FromMinutes(2), i => Stream.Event("POST /auth/password/reset", action: AuthAction.PasswordReset, username: $"victim{i}"));

        var finding = Assert.Single(s.Of("VG2004"));
        Assert.Contains("password-reset", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_otp_guessing()
    {
        var s = New();
        s.Repeat(50, TimeSpan.FromMinutes(1), _ => Stream.Event("POST /auth/otp/verify", status: 401, action: AuthAction.Otp, username: "bob"));

        Assert.Contains("OTP", Assert.Single(s.Of("VG2004")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_a_few_users_resetting_their_own_password()
    {
        var s = New();
        s.Repeat(60, TimeSpan.FromHours(1), i => Stream.Event("POST /auth/password/reset", client: $"ip:10.9.0.{i}", action: AuthAction.PasswordReset, username: $"u{i}"));

        Assert.Empty(s.Findings);
    }
}
