using Vigil.Core.Findings;

namespace Vigil.Detection.Behaviour;

/// <summary>
/// Collects what the detectors report on one event. A behavioural finding's <see cref="Finding.Location"/> is its
/// subject — a client identity (<c>ip:…</c>, <c>user:…</c>, <c>key:…</c>), <c>username:HASH</c>, or <c>*</c> for a
/// whole endpoint — so an alert can group by detector, subject and endpoint.
/// </summary>
public sealed class DetectorSink
{
    public const int MaxEvidenceChars = 300;
    public const string WholeEndpoint = "*";

    private readonly List<Finding> _findings = [];
    private RuleDescriptor? _current;

    public IReadOnlyList<Finding> Findings => _findings;

    internal void Begin(RuleDescriptor detector) => _current = detector;

    internal void Clear() => _findings.Clear();

    /// <param name="e">The event that tipped the window; its id and time are the finding's.</param>
    /// <param name="subject">The client or <see cref="WholeEndpoint"/>.</param>
    /// <param name="endpoint">The endpoint, or null when the behaviour spans the client's whole traffic.</param>
    public void Report(BehaviourEvent e, string subject, string? endpoint, string message, string? evidence = null, ThreatLevel? threat = null)
    {
        var detector = _current ?? throw new InvalidOperationException("Report called outside a detector");
        _findings.Add(new Finding
        {
            RuleId = detector.Id,
            Title = detector.Title,
            Threat = threat ?? detector.DefaultThreat,
            EventId = e.EventId,
            Endpoint = endpoint,
            Location = subject,
            Evidence = evidence is null || evidence.Length <= MaxEvidenceChars ? evidence : evidence[..MaxEvidenceChars] + "…",
            Message = message,
            Timestamp = e.Timestamp,
        });
    }
}
