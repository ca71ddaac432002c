using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.AspNetCore.Shipping;
using Vigil.Core.Capture;
using Vigil.Protocol;

namespace Vigil.AspNetCore.Tests.Shipping;

/// <summary>The SDK writes events by hand; the protocol's serializer is the reference it must match exactly.</summary>
public sealed class EventWriterTests
{
    [Fact]
    public void Every_property_is_written_as_the_protocol_serializer_writes_it()
    {
        var exchange = Full();

        Assert.Equal(JsonSerializer.Serialize(exchange, ProtocolJson.Exchange), Write(new PreparedEvent { Exchange = exchange }));
    }

    [Fact]
    public void Absent_optional_parts_are_left_out_as_the_protocol_serializer_does()
    {
        var exchange = Full();
        exchange.Id = null;
        exchange.Error = null;
        exchange.Server = null;
        exchange.Request.Route = null;
        exchange.Request.Body = null;
        exchange.Request.Size = null;
        exchange.Request.User = null;
        exchange.Request.Auth!.Jwt = null;
        exchange.Response.Body = null;

        Assert.Equal(JsonSerializer.Serialize(exchange, ProtocolJson.Exchange), Write(new PreparedEvent { Exchange = exchange }));
    }

    [Fact]
    public void A_body_given_as_utf8_bytes_is_written_as_the_same_json_string()
    {
        const string Body = "{\"q\":\"say \\\"hi\\\"\",\"t\":\"tab\there\",\"u\":\"Zoë ☕ 🙂 <b>&</b> \u2028\"}\n";
        var asText = Full();
        asText.Request.Body = Body;
        asText.Response.Body = Body;
        var asBytes = Full();
        asBytes.Request.Body = null;
        asBytes.Response.Body = null;

        var written = Write(new PreparedEvent { Exchange = asBytes, RequestBody = Encoding.UTF8.GetBytes(Body), ResponseBody = Encoding.UTF8.GetBytes(Body) });

        Assert.Equal(JsonSerializer.Serialize(asText, ProtocolJson.Exchange), written);
    }

    [Fact]
    public void The_fixture_sets_every_wire_property_so_a_new_one_cannot_be_forgotten()
    {
        var exchange = Full();
        object[] parts = [exchange, exchange.Request, exchange.Response, exchange.Error!, exchange.Server!, exchange.Request.User!, exchange.Request.Auth!, exchange.Request.Auth!.Jwt!];
        foreach (var part in parts)
        {
            foreach (var property in part.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var value = property.GetValue(part);
                var unset = value is null || (property.PropertyType == typeof(bool) && !(bool)value);
                Assert.False(unset, $"{part.GetType().Name}.{property.Name} is not set in the fixture; set it and teach EventWriter to write it");
            }
        }
    }

    private static string Write(PreparedEvent prepared)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            EventWriter.Write(writer, prepared);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static CapturedExchange Full() => new()
    {
        Id = Guid.Parse("0193a5b2-7c1d-7e2f-8a9b-0c1d2e3f4a5b"),
        Timestamp = new DateTimeOffset(2026, 11, 21, 15, 40, 1, 234, TimeSpan.FromHours(1)).AddTicks(5678),
        DurationMs = 12.345,
        Request = new CapturedRequest
        {
            Method = "POST",
            Scheme = "https",
            Host = "api.example.com:8443",
            Path = "/orders/42",
            Query = "a=1&b=\"x\"",
            Route = "/orders/{id}",
            Protocol = "HTTP/2",
            ClientIp = "2001:db8::1",
            Headers = new HeaderMap { ["Content-Type"] = ["application/json"], ["Accept"] = ["a", "b"] },
            Body = "{\"a\":\"é\"}",
            BodyTruncated = true,
            Size = 12345,
            User = new CapturedUser { Id = "user-1", AuthScheme = "Bearer" },
            Auth = new CapturedAuth
            {
                Scheme = "Bearer",
                Jwt = new CapturedJwt
                {
                    Alg = "HS256",
                    Typ = "JWT",
                    IssuedAt = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000),
                    ExpiresAt = DateTimeOffset.FromUnixTimeSeconds(1_700_003_600),
                    NotBefore = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000),
                    LifetimeSeconds = 3600,
                    HasExp = true,
                    WeakSecret = false,
                },
            },
        },
        Response = new CapturedResponse
        {
            Status = 201,
            Headers = new HeaderMap { ["Set-Cookie"] = ["a=****", "b=****"] },
            Body = "{\"id\":42}",
            BodyTruncated = true,
            Size = 9,
        },
        Error = new CapturedError { Type = "System.InvalidOperationException", Message = "boom \"quoted\"" },
        Server = new ServerInfo { Name = "svc", Framework = "ASP.NET Core 10.0.0", Sdk = "Vigil.AspNetCore 0.1.0" },
    };
}
