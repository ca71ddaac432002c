using Vigil.Core.Findings;
using Vigil.Detection.Behaviour.Windows;

namespace Vigil.Detection.Behaviour.Detectors;

/// <summary>
/// An endpoint that answers 2xx without credentials with personal data in the body — the pattern behind the
/// restaurant-ordering leak. One finding per endpoint when first seen, then one more, high, when volume shows it is
/// being harvested (many responses, many records, or many clients).
/// </summary>
internal sealed class UnauthenticatedPersonalDataDetector(BehaviourOptions options) : IBehaviourDetector
{
    private const int HarvestResponses = 50;
    private const int HarvestRecords = 500;
    private const int HarvestClients = 10;
    private readonly BoundedMap<string, State> _endpoints = new(options.MaxEndpoints);

    public RuleDescriptor Descriptor { get; } = new(
        "VG2002", "Personal data served without credentials", "Behaviour", ThreatLevel.Medium, "CWE-359", BehaviourOwasp.BrokenObjectLevelAuthorization,
        "Require authentication on this endpoint and return only the caller's own records; until fixed, block or rate-limit it "
        + "and review who downloaded what (the alert lists the clients).");

    public void Observe(BehaviourEvent e, DetectorSink findings)
    {
        if (e.Authenticated || !e.PersonalData || e.Status is < 200 or >= 300)
        {
            return;
        }

        var state = _endpoints.GetOrAdd(e.Endpoint, () => new State());
        state.Responses++;
        state.Records += Math.Max(1, e.Records);
        var clients = state.Clients.Add(e.Client, e.Timestamp);
        var level = state.Responses >= HarvestResponses || state.Records >= HarvestRecords || clients >= HarvestClients
            ? ThreatLevel.High
            : ThreatLevel.Medium;
        if (level <= state.Reported)
        {
            return;
        }

        state.Reported = level;
        var message = level == ThreatLevel.High
            ? $"{e.Endpoint} has served personal data without credentials {state.Responses} times ({state.Records} records, {clients} clients): it is being harvested."
            : $"{e.Endpoint} answered {e.Status} with personal data to a request without credentials.";
        findings.Report(e, DetectorSink.WholeEndpoint, e.Endpoint, message, $"responses {state.Responses}, records {state.Records}, clients {clients}", level);
    }

    private sealed class State
    {
        public long Responses;
        public long Records;
        public ThreatLevel Reported = ThreatLevel.None;

        public RecentDistinct Clients { get; } = new(TimeSpan.FromHours(1), HarvestClients * 4);
    }
}
