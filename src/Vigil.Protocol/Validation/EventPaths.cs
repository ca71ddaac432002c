namespace Vigil.Protocol.Validation;

/// <summary>
/// The field paths an event's errors are reported under (<c>events[3].request.headers</c>…). The validator named
/// five of them for every event it checked, errors or not; for the index of a batch they are built once per process.
/// </summary>
internal sealed record EventPaths(string Event, string Request, string RequestHeaders, string Response, string ResponseHeaders)
{
    private static readonly EventPaths?[] ByIndex = new EventPaths?[ProtocolLimits.MaxEventsPerBatch];

    public static EventPaths Under(string at) => new(at, $"{at}.request", $"{at}.request.headers", $"{at}.response", $"{at}.response.headers");

    // Two threads may both build one index's paths; they are equal, and either may stay.
    public static EventPaths OfBatchIndex(int index) =>
        (uint)index < (uint)ByIndex.Length ? ByIndex[index] ??= Under($"events[{index}]") : Under($"events[{index}]");
}
