using Vigil.Core.Findings;
using Vigil.Detection.Behaviour.Windows;

namespace Vigil.Detection.Behaviour.Detectors;

/// <summary>
/// Failed logins (401/403 on a login-like or configured login route): many from one address (brute force), one
/// address failing on many usernames (credential stuffing), or one username failing from anywhere (a targeted
/// guess spread over addresses).
/// </summary>
internal sealed class CredentialStuffingDetector(BehaviourOptions options) : IBehaviourDetector
{
    private readonly BoundedMap<string, Source> _sources = new(options.MaxClients);
    private readonly BoundedMap<string, WindowCounter> _usernames = new(options.MaxClients);
    private readonly Rearm _rearm = new(options.Rearm, options.MaxClients);

    public RuleDescriptor Descriptor { get; } = new(
        "VG2003", "Credential stuffing or brute force", "Behaviour", ThreatLevel.High, "CWE-307", BehaviourOwasp.BrokenAuthentication,
        "Rate-limit failed logins per address and per account, add a CAPTCHA or proof of work after a few failures, support MFA, "
        + "and check breached-password lists at sign-up and login.");

    public void Observe(BehaviourEvent e, DetectorSink findings)
    {
        if (e.AuthAction != AuthAction.Login || !e.IsAuthFailure)
        {
            return;
        }

        var subject = "ip:" + e.Ip;
        var source = _sources.GetOrAdd(subject, () => new Source(options));
        var failures = source.Failures.Add(e.Timestamp);
        var names = e.UsernameHash is { } user ? source.Usernames.Add(user, e.Timestamp) : source.Usernames.Count;
        if ((failures >= options.FailedLoginsPerSource || names >= options.UsernamesPerSource) && _rearm.TryFire(subject, e.Timestamp))
        {
            var kind = names >= options.UsernamesPerSource ? $"credential stuffing over {names} usernames" : "brute force";
            findings.Report(
                e, subject, e.Endpoint,
                $"{failures} failed logins from {e.Ip} within {options.LoginWindow.TotalMinutes:0} minutes: {kind}.",
                $"failures {failures}, usernames {names}");
        }

        if (e.UsernameHash is { } hash)
        {
            var perUser = _usernames.GetOrAdd(hash, () => new WindowCounter(options.LoginWindow)).Add(e.Timestamp);
            if (perUser >= options.FailedLoginsPerUsername && _rearm.TryFire("username:" + hash, e.Timestamp))
            {
                findings.Report(
                    e, "username:" + hash, e.Endpoint,
                    $"{perUser} failed logins on one username within {options.LoginWindow.TotalMinutes:0} minutes.",
                    $"failures {perUser}, last from {e.Ip}");
            }
        }
    }

    private sealed class Source(BehaviourOptions options)
    {
        public WindowCounter Failures { get; } = new(options.LoginWindow);

        public RecentDistinct Usernames { get; } = new(options.LoginWindow, options.UsernamesPerSource * 2);
    }
}
