using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vigil.AspNetCore.Configuration;
using Vigil.AspNetCore.Shipping;
using Vigil.AspNetCore.Tests.Support;
using Vigil.Core.Capture;
using Vigil.Masking;

namespace Vigil.AspNetCore.Tests.Shipping;

public sealed class EventPreparerTests
{
    [Fact]
    public void A_json_body_ships_as_its_captured_bytes_and_the_event_is_stamped_for_the_wire()
    {
        var (runtime, _) = Runtime();
        var preparer = new EventPreparer(runtime, runtime.Settings!, new Masker(new MaskingOptions()));
        var timestamp = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

        var prepared = preparer.Prepare(Item(timestamp, """{"a":"ü"}"""));

        Assert.NotNull(prepared);
        Assert.Null(prepared.Exchange.Request.Body);
        Assert.Equal("""{"a":"ü"}""", Encoding.UTF8.GetString(prepared.RequestBody!.Value.Span));
        Assert.Equal(7, prepared.Exchange.Id!.Value.Version);
        Assert.Equal("svc", prepared.Exchange.Server?.Name);
    }

    [Fact]
    public void Without_a_working_masker_the_event_is_dropped_never_shipped_unmasked()
    {
        var (runtime, logs) = Runtime();
        var preparer = new EventPreparer(runtime, runtime.Settings!, masker: null);

        Assert.Null(preparer.Prepare(Item(DateTimeOffset.UnixEpoch, "{}")));
        Assert.Null(preparer.Prepare(Item(DateTimeOffset.UnixEpoch, "{}")));

        Assert.Equal(2, runtime.Metrics.Dropped);
        Assert.Single(logs.WithEventId(11));
    }

    private static (VigilRuntime Runtime, RecordingLoggerProvider Logs) Runtime()
    {
        var logs = new RecordingLoggerProvider();
        var options = Options.Create(new VigilOptions { Endpoint = "http://127.0.0.1:1", ApiKey = "k", ServiceName = "svc" });
        var runtime = new VigilRuntime(options, new VigilMetrics(), TimeProvider.System, LoggerFactory.Create(b => b.AddProvider(logs)));
        return (runtime, logs);
    }

    private static QueuedExchange Item(DateTimeOffset timestamp, string body) => new()
    {
        Exchange = new CapturedExchange
        {
            Timestamp = timestamp,
            Request = new CapturedRequest { Method = "POST", Scheme = "http", Host = "h", Path = "/", Protocol = "HTTP/1.1", ClientIp = "" },
            Response = new CapturedResponse { Status = 200 },
        },
        RequestBody = Encoding.UTF8.GetBytes(body),
        RequestContentType = "application/json",
    };
}
