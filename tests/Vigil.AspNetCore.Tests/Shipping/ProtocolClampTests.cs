using Vigil.AspNetCore.Shipping;
using Vigil.Core.Capture;
using Vigil.Protocol;
using Vigil.Protocol.Validation;

namespace Vigil.AspNetCore.Tests.Shipping;

public sealed class ProtocolClampTests
{
    [Fact]
    public void An_exchange_over_every_limit_is_trimmed_until_the_collector_accepts_it()
    {
        var headers = new HeaderMap();
        for (var i = 0; i < 300; i++)
        {
            headers[$"X-H{i}"] = [new string('v', 10)];
        }

        headers["X-Huge"] = [new string('a', 40_000), new string('b', 40_000)];
        var exchange = new CapturedExchange
        {
            Timestamp = DateTimeOffset.UtcNow,
            DurationMs = 1e12,
            Request = new CapturedRequest
            {
                Method = "GET",
                Scheme = "http",
                Host = "",
                Path = "/" + new string('p', 10_000),
                Query = new string('q', 40_000),
                Protocol = "HTTP/1.1",
                ClientIp = "127.0.0.1",
                Headers = headers,
                Body = new string('x', ProtocolLimits.MaxBodyChars + 1),
                User = new CapturedUser { Id = new string('u', 2000), AuthScheme = new string('s', 200) },
            },
            Response = new CapturedResponse { Status = 200, Headers = new HeaderMap { ["X-Huge"] = [new string('c', 70_000)] } },
            Error = new CapturedError { Type = "E", Message = new string('m', 10_000) },
        };

        ProtocolClamp.Apply(exchange);

        var errors = new IngestBatchValidator(TimeProvider.System).Validate(new IngestBatch { Events = [exchange] });
        Assert.Empty(errors);
        Assert.True(exchange.Request.BodyTruncated);
        Assert.Equal(ProtocolLimits.MaxDurationMs, exchange.DurationMs);
    }

    [Fact]
    public void Header_names_the_collector_would_refuse_are_dropped_so_the_batch_survives()
    {
        var exchange = new CapturedExchange
        {
            Timestamp = DateTimeOffset.UtcNow,
            Request = new CapturedRequest
            {
                Method = "GET", Scheme = "http", Host = "h", Path = "/", Protocol = "HTTP/1.1", ClientIp = "127.0.0.1",
                Headers = new HeaderMap { [new string('x', 300)] = ["v"], ["bad name"] = ["v"], ["Accept"] = ["*/*"] },
            },
            Response = new CapturedResponse { Status = 200 },
        };

        ProtocolClamp.Apply(exchange);

        Assert.Equal(["Accept"], exchange.Request.Headers.Keys);
        Assert.Empty(new IngestBatchValidator(TimeProvider.System).ValidateEvent(exchange));
    }
}
