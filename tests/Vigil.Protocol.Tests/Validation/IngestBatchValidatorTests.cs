using Vigil.Core.Capture;
using Vigil.Protocol.Validation;

namespace Vigil.Protocol.Tests.Validation;

public sealed class IngestBatchValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private readonly IngestBatchValidator _validator = new(new FixedClock(Now));

    private static CapturedExchange Valid() => new()
    {
        Timestamp = Now.AddSeconds(-1),
        DurationMs = 3,
        Request = new() { Method = "GET", Scheme = "https", Host = "h", Path = "/", Protocol = "HTTP/2", ClientIp = "::1" },
        Response = new() { Status = 200 },
    };

    private IReadOnlyList<ProtocolError> Validate(Action<CapturedExchange> change)
    {
        var e = Valid();
        change(e);
        return _validator.Validate(new IngestBatch { Events = [e] });
    }

    [Fact]
    public void A_minimal_event_is_valid() => Assert.Empty(Validate(_ => { }));

    [Theory]
    [InlineData("events[0].request.method", "GET /x")]
    [InlineData("events[0].request.method", "")]
    [InlineData("events[0].request.scheme", "ws")]
    [InlineData("events[0].request.clientIp", "999.1.1.1")]
    [InlineData("events[0].request.path", "relative")]
    public void Invalid_request_values_are_named(string field, string value)
    {
        var errors = Validate(e =>
        {
            switch (field.Split('.')[^1])
            {
                case "method": e.Request.Method = value; break;
                case "scheme": e.Request.Scheme = value; break;
                case "clientIp": e.Request.ClientIp = value; break;
                case "path": e.Request.Path = value; break;
            }
        });

        Assert.Equal(field, Assert.Single(errors).Field);
    }

    [Fact]
    public void Timestamps_far_in_the_future_or_past_are_rejected()
    {
        Assert.Equal("events[0].timestamp", Assert.Single(Validate(e => e.Timestamp = Now.AddDays(2))).Field);
        Assert.Equal("events[0].timestamp", Assert.Single(Validate(e => e.Timestamp = new DateTimeOffset(1999, 1, 1, 0, 0, 0, TimeSpan.Zero))).Field);
        Assert.Equal("events[0].timestamp", Assert.Single(Validate(e => e.Timestamp = default)).Field);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.1)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e12)]
    public void Durations_must_be_finite_and_plausible(double ms) =>
        Assert.Equal("events[0].durationMs", Assert.Single(Validate(e => e.DurationMs = ms)).Field);

    [Fact]
    public void Empty_client_ip_means_unknown_and_is_accepted() => Assert.Empty(Validate(e => e.Request.ClientIp = ""));

    [Fact]
    public void Oversized_bodies_and_header_floods_are_rejected()
    {
        Assert.Contains(Validate(e => e.Response.Body = new string('x', ProtocolLimits.MaxBodyChars + 1)), x => x.Field == "events[0].response.body");
        Assert.Contains(Validate(e =>
        {
            for (var i = 0; i <= ProtocolLimits.MaxHeaders; i++)
            {
                e.Request.Headers[$"h{i}"] = ["v"];
            }
        }), x => x.Field == "events[0].request.headers");
        Assert.Contains(Validate(e => e.Request.Headers["bad name"] = ["v"]), x => x.Field == "events[0].request.headers");
    }

    [Fact]
    public void Errors_deep_in_a_batch_name_their_event_and_side_every_time()
    {
        var events = Enumerable.Range(0, 8).Select(_ => Valid()).ToList();
        events[5].Response.Headers["bad name"] = ["v"];
        events[6].Request.Headers["bad name"] = ["v"];
        events[7].Response.Status = 42;

        foreach (var round in Enumerable.Range(0, 2))
        {
            var fields = _validator.Validate(new IngestBatch { Events = events }).Select(x => x.Field).ToList();

            Assert.Equal(["events[5].response.headers", "events[6].request.headers", "events[7].response.status"], fields);
        }

        Assert.Equal("event.response.headers", _validator.ValidateEvent(events[5]).Single().Field);
    }

    [Fact]
    public void Error_count_is_bounded_for_hostile_batches()
    {
        var events = Enumerable.Range(0, ProtocolLimits.MaxEventsPerBatch).Select(_ => new CapturedExchange()).ToList();

        var errors = _validator.Validate(new IngestBatch { Events = events });

        Assert.InRange(errors.Count, 1, 110);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
