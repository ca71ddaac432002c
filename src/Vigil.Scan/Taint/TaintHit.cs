using Microsoft.CodeAnalysis;

namespace Vigil.Scan.Taint;

/// <summary>Request data reaching a sink: where, which sink, the tainted expression, and the endpoint it came from (if any).</summary>
internal sealed record TaintHit(SinkKind Kind, Location Location, string Sink, string Argument, string? Endpoint);
