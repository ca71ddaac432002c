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

        var json = JsonSerializer.Serialize(e, ProtocolJson.Exchange);

        Assert.Contains("\"Accept\":\"a/b\"", json);
        Assert.Contains("\"X-Forwarded-For\":[\"1.1.1.1\",\"2.2.2.2\"]", json);
        var back = JsonSerializer.Deserialize(json, ProtocolJson.Exchange)!;
        Assert.Equal(["1.1.1.1", "2.2.2.2"], back.Request.Headers["x-forwarded-for"]);
    }

    [Theory]
    [InlineData("""{"request":{"headers":{"a":1}}}""")]
    [InlineData("""{"request":{"headers":{"a":[1]}}}""")]
    [InlineData("""{"request":{"headers":["a"]}}""")]
    [InlineData("""{"request":{"headers":{"a":{"b":"c"}}}}""")]
    public void Other_shapes_are_rejected_with_a_json_error(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, ProtocolJson.Exchange));

    [Fact]
    public void Captured_json_bodies_stay_compact_on_the_wire()
    {
        var e = new CapturedExchange { Request = new() { Body = "{\"a\":\"<b>&'\"}" }, Response = new() };

        var json = JsonSerializer.Serialize(e, ProtocolJson.Exchange);

        Assert.Contains("\"body\":\"{\\\"a\\\":\\\"<b>&'\\\"}\"", json);
        Assert.Equal(e.Request.Body, JsonSerializer.Deserialize(json, ProtocolJson.Exchange)!.Request.Body);
    }
}
