using Vigil.Captures;
using Vigil.Core.Findings;
using Vigil.Detection.Behaviour;
using Vigil.Detection.Behaviour.Events;
using Vigil.Detection.Engine;
using Vigil.Inventory.Traffic;
using Vigil.Masking;
using Vigil.Protocol.Auth;

namespace Vigil.Cli.Inspect;

/// <summary>
/// Runs the request rules over a capture file, offline, the way the collector runs them on ingest: same endpoint
/// naming, same engine. The capture is unmasked (it came from the user's browser), so rules see real credentials
/// and evidence is masked before anything is printed. With a behaviour engine, the detectors replay the capture on
/// its own timestamps and reach the findings the live collector would have.
/// </summary>
internal sealed class CaptureInspector(RuleEngine engine, Masker masker, BehaviourEngine? behaviour = null)
{
    public async Task<InspectionResult> InspectAsync(string path, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var reader = new CaptureFileReader(TimeProvider.System);
        var findings = new List<Finding>();
        var events = 0;
        await foreach (var entry in reader.ReadAsync(path, cancellationToken).ConfigureAwait(false))
        {
            events++;
            var request = entry.Exchange.Request;

            // The SDK extracts these facts before masking; a capture still holds the raw header, so do the same here.
            if (request.Auth is null && request.Headers.First("Authorization") is { } authorization)
            {
                request.Auth = JwtFacts.From(authorization);
            }

            var endpoint = EndpointNamer.For(request.Method, request.Path, request.Route);
            var result = engine.Evaluate(entry.Exchange, endpoint.ToString());
            var behavioural = behaviour is null
                ? []
                : behaviour.Observe(BehaviourEventReader.Read(entry.Exchange, endpoint.ToString(), result.Findings, behaviour.Options));
            foreach (var finding in result.Findings.Concat(behavioural))
            {
                findings.Add(finding with
                {
                    Evidence = finding.Evidence is null ? null : masker.MaskText(finding.Evidence),
                    Source = new SourceLocation(path, entry.Number),
                });
            }

            if (events % 1000 == 0)
            {
                progress?.Report(events);
            }
        }

        return new InspectionResult(reader.Format, events, findings, reader.Errors, reader.Notes);
    }
}

internal sealed record InspectionResult(
    CaptureFormat Format,
    int Events,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<CaptureError> Errors,
    IReadOnlyList<CaptureNote> Notes);
