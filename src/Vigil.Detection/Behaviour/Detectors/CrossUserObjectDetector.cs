using Vigil.Core.Findings;
using Vigil.Detection.Behaviour.Events;
using Vigil.Detection.Behaviour.Windows;

namespace Vigil.Detection.Behaviour.Detectors;

/// <summary>
/// A signed-in user receiving objects that carry other users' ids (<c>"customerId"</c>, <c>"user": {"id"}</c>…): the
/// API checked that the caller is signed in, not that the object is theirs. One such object can be a shared one, so
/// it takes <see cref="BehaviourOptions.CrossUserOwners"/> distinct other owners on one endpoint within the window.
/// Only users seen owning objects (their own id came back as an owner) are judged: staff, whose ids never own the
/// customers' objects they work on, are told apart without roles (the protocol carries none) — the demo's staff
/// screens listing customers' orders raised a false alert for every staff member before this. Configured staff users
/// and routes are skipped too; anonymous callers and API keys have no user id to compare (VG2002 covers anonymous data).
/// </summary>
internal sealed class CrossUserObjectDetector(BehaviourOptions options) : IBehaviourDetector
{
    private readonly BoundedMap<string, RecentDistinct> _owners = new(options.MaxEndpoints);
    private readonly Rearm _rearm = new(options.Rearm, options.MaxEndpoints);
    private readonly HashSet<string> _staff = [.. options.StaffUsers.Select(u => ClientIdentity.UserSubject(u, options.FingerprintSecret))];
    private readonly BoundedMap<string, object?> _customers = new(options.MaxClients);

    public RuleDescriptor Descriptor { get; } = new(
        "VG2010", "Other users' objects served to a signed-in user (BOLA)", "Behaviour", ThreatLevel.High, "CWE-639", BehaviourOwasp.BrokenObjectLevelAuthorization,
        "Check on every read that the object belongs to the caller (filter queries by the caller's id, not by an id from the request); "
        + "if this user is staff, list it in StaffUsers; review what this user received.");

    public void Observe(BehaviourEvent e, DetectorSink findings)
    {
        if (e.OwnObjects)
        {
            _customers.GetOrAdd(e.Client, static () => null);
        }

        if (e.ForeignOwners is not { Count: > 0 } owners || !_customers.TryGet(e.Client, out _) || e.ClientKind != ClientKind.User || _staff.Contains(e.Client) || IsStaffRoute(e.Endpoint))
        {
            return;
        }

        var key = e.Client + " " + e.Endpoint;
        var seen = _owners.GetOrAdd(key, () => new RecentDistinct(options.EnumerationWindow, options.CrossUserOwners * 2));
        var distinct = 0;
        foreach (var owner in owners)
        {
            distinct = seen.Add(owner, e.Timestamp);
        }

        if (distinct >= options.CrossUserOwners && _rearm.TryFire(key, e.Timestamp))
        {
            findings.Report(
                e, e.Client, e.Endpoint,
                $"{e.Client} received objects of {distinct} other users on {e.Endpoint} within {options.EnumerationWindow.TotalMinutes:0} minutes.",
                $"other owners {string.Join(", ", owners.Take(5).Select(Mask))}{(owners.Count > 5 ? ", …" : "")}");
        }
    }

    // Owner ids are other people's identifiers: enough to tell them apart in an alert, not to look them up.
    internal static string Mask(string id) => id.Length <= 4 ? "****" : string.Concat(id.AsSpan(0, 2), "****", id.AsSpan(id.Length - 2));

    private bool IsStaffRoute(string endpoint)
    {
        foreach (var word in options.StaffRoutes)
        {
            if (endpoint.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
