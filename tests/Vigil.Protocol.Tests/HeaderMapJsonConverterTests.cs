using System.Text.Json;
using Vigil.Core.Capture;

namespace Vigil.Protocol.Tests;

public sealed class HeaderMapJsonConverterTests
{
    [Fact]
    public void Single_values_are_strings_and_repeated_values_are_arrays()
    {
        var e = new CapturedExchange
        {
            Request = new() { Headers = new HeaderMap { ["Accept"] = ["a/b"], ["X-Forwarded-For"] = ["1.1.1.1", "2.2.2.2"] } },
            Response = new(),
        };

        var json = JsonSerializer.Serialize(e, ProtocolJsonContext.Default.CapturedExchange);

        Assert.Contains("\"Accept\":\"a/b\"", json);
        Assert.Contains("\"X-Forwarded-For\":[\"1.1.1.1\",\"2.2.2.2\"]", json);
        var back = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.CapturedExchange)!;
        Assert.Equal(["1.1.1.1", "2.2.2.2"], back.Request.Headers["x-forwarded-for"]);
    }

    [Theory]
    [InlineData("""{"request":{"headers":{"a":1}}}""")]
    [InlineData("""{"request":{"headers":{"a":[1]}}}""")]
    [InlineData("""{"request":{"headers":["a"]}}""")]
    [InlineData("""{"request":{"headers":{"a":{"b":"c"}}}}""")]
    public void Other_shapes_are_rejected_with_a_json_error(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.CapturedExchange));
}
