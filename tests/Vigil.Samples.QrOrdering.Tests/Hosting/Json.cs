using System.Net.Http.Json;
using System.Text.Json;

namespace Vigil.Samples.QrOrdering.Tests.Hosting;

internal static class Json
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
