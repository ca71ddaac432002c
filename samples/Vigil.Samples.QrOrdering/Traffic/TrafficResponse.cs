using System.Text.Json;

namespace Vigil.Samples.QrOrdering.Traffic;

/// <summary>What a simulated client saw: the status (null when no response came) and a JSON body for 2xx answers.</summary>
internal sealed record TrafficResponse(int? Status, JsonElement? Body)
{
    public static readonly TrafficResponse NoResponse = new(null, null);

    public bool IsSuccess => Status is >= 200 and < 300;
}
