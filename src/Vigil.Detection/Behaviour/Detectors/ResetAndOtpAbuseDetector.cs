using Vigil.Core.Findings;
using Vigil.Detection.Behaviour.Windows;

namespace Vigil.Detection.Behaviour.Detectors;

/// <summary>
/// Password-reset and OTP endpoints hammered: many requests from one address, or one address asking for many
/// accounts — account takeover by reset flow, SMS pumping, or OTP guessing. Any status counts: a reset endpoint
/// answers 200 whether or not the account exists.
/// </summary>
internal sealed class ResetAndOtpAbuseDetector(BehaviourOptions options) : IBehaviourDetector
{
    private readonly BoundedMap<string, Source> _sources = new(options.MaxClients);
    private readonly Rearm _rearm = new(options.Rearm, options.MaxClients);

    public RuleDescriptor Descriptor { get; } = new(
        "VG2004", "Password-reset or OTP abuse", "Behaviour", ThreatLevel.High, "CWE-640", BehaviourOwasp.SensitiveBusinessFlows,
        "Rate-limit reset and OTP requests per address and per account, expire codes quickly, lock an OTP after a few wrong tries, "
        + "and answer identically whether the account exists.");

    public void Observe(BehaviourEvent e, DetectorSink findings)
    {
        if (e.AuthAction is not (AuthAction.PasswordReset or AuthAction.Otp))
        {
            return;
        }

        var subject = "ip:" + e.Ip;
        var source = _sources.GetOrAdd(subject, () => new Source(options));
        var requests = source.Requests.Add(e.Timestamp);
        var accounts = e.UsernameHash is { } user ? source.Accounts.Add(user, e.Timestamp) : source.Accounts.Count;
        if ((requests >= options.ResetOrOtpPerSource || accounts >= options.UsernamesPerSource) && _rearm.TryFire(subject + " " + e.Endpoint, e.Timestamp))
        {
            var what = e.AuthAction == AuthAction.Otp ? "OTP attempts" : "password-reset requests";
            findings.Report(
                e, subject, e.Endpoint,
                $"{requests} {what} from {e.Ip} for {accounts} accounts within {options.LoginWindow.TotalMinutes:0} minutes.",
                $"requests {requests}, accounts {accounts}");
        }
    }

    private sealed class Source(BehaviourOptions options)
    {
        public WindowCounter Requests { get; } = new(options.LoginWindow);

        public RecentDistinct Accounts { get; } = new(options.LoginWindow, options.UsernamesPerSource * 2);
    }
}
