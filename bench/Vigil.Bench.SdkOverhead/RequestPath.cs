using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigil.AspNetCore;
using Vigil.AspNetCore.Shipping;

namespace Vigil.Bench.SdkOverhead;

/// <summary>
/// <c>--request-path</c>: the middleware alone, with no server, socket or shipper. The bench's order in, its
/// confirmation out, over a fresh DefaultHttpContext per request, on one thread; the thread's CPU and allocations per
/// request, bare / UseVigil / HttpLogging interleaved. Captured exchanges are taken off the queue and dropped, so this
/// is the request thread's share only (the HTTP bench's "added CPU" minus the shipper's).
/// </summary>
internal static class RequestPath
{
    private const int RequestsPerRepeat = 20_000;
    private const int WarmUpRepeats = 4;

    public static void Run(int repeats)
    {
        var body = EchoEndpoint.RequestBody();
        var pipelines = new (string Name, RequestDelegate App, ExchangeQueue? Queue)[]
        {
            Build("bare", null),
            Build("Vigil", s => s.AddVigil(o =>
            {
                o.Endpoint = "http://127.0.0.1:1";
                o.ApiKey = "bench-ingest-key";
                o.ServiceName = "sdk-overhead-bench";
            })),
            Build("HttpLogging", s =>
            {
                s.AddHttpLogging(o =>
                {
                    o.LoggingFields = HttpLoggingFields.All;
                    o.RequestBodyLogLimit = 64 * 1024;
                    o.ResponseBodyLogLimit = 64 * 1024;
                });
                s.AddLogging(b => b.AddProvider(new FormattingDiscardLoggerProvider())
                    .AddFilter<FormattingDiscardLoggerProvider>(FormattingDiscardLoggerProvider.HttpLoggingCategory, LogLevel.Information));
            }),
        };

        Console.WriteLine($"Request path: POST {EchoEndpoint.Path}, {body.Length} B JSON in and out, DefaultHttpContext, one thread, "
            + $"{RequestsPerRepeat:N0} requests x {repeats} repeats per variant (interleaved); thread CPU µs and bytes per request, median repeat.");
        var cpu = pipelines.Select(_ => new List<double>()).ToArray();
        var bytes = pipelines.Select(_ => new List<double>()).ToArray();
        for (var r = 0; r < repeats + WarmUpRepeats; r++)
        {
            for (var k = 0; k < pipelines.Length; k++)
            {
                var i = (r + k) % pipelines.Length;
                var (micros, allocated) = Measure(pipelines[i].App, pipelines[i].Queue, body);
                if (r >= WarmUpRepeats)
                {
                    cpu[i].Add(micros);
                    bytes[i].Add(allocated);
                }
            }
        }

        var bareCpu = Median(cpu[0]);
        var bareBytes = Median(bytes[0]);
        Console.WriteLine("| variant | CPU µs/req | added µs | B/req | added B |");
        Console.WriteLine("|---|---|---|---|---|");
        for (var i = 0; i < pipelines.Length; i++)
        {
            var c = Median(cpu[i]);
            var b = Median(bytes[i]);
            Console.WriteLine($"| {pipelines[i].Name} | {c:F2} | {c - bareCpu:+0.00;-0.00} | {b:N0} | {b - bareBytes:+#,0;-#,0} |");
        }
    }

    private static (double Micros, double Bytes) Measure(RequestDelegate app, ExchangeQueue? queue, byte[] body)
    {
        var cpu = Cpu();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var n = 0; n < RequestsPerRepeat; n++)
        {
            var context = NewContext(body);
            var task = app(context);
            if (!task.IsCompletedSuccessfully)
            {
                task.GetAwaiter().GetResult();
            }

            // The shipper's side is out of scope: take the event off the queue and give its budget back.
            while (queue is not null && queue.Reader.TryRead(out var item))
            {
                queue.Release(item.ApproximateBytes);
            }
        }

        return ((Cpu() - cpu).TotalMicroseconds / RequestsPerRepeat, (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)RequestsPerRepeat);
    }

    private static DefaultHttpContext NewContext(byte[] body)
    {
        var context = new DefaultHttpContext();
        var request = context.Request;
        request.Method = HttpMethods.Post;
        request.Scheme = "http";
        request.Host = new HostString("127.0.0.1", 5000);
        request.Path = EchoEndpoint.Path;
        request.Protocol = "HTTP/1.1";
        request.ContentType = "application/json";
        request.ContentLength = body.Length;
        request.Body = new MemoryStream(body, writable: false);
        context.Response.Body = Stream.Null;
        context.Connection.RemoteIpAddress = System.Net.IPAddress.Loopback;
        return context;
    }

    private static (string, RequestDelegate, ExchangeQueue?) Build(string name, Action<IServiceCollection>? configure)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRouting();
        EchoEndpoint.AddServices(services);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        var app = new ApplicationBuilder(provider);
        if (name == "Vigil")
        {
            app.UseVigil();
        }
        else if (name == "HttpLogging")
        {
            app.UseHttpLogging();
        }

        app.Run(Echo);
        return (name, app.Build(), provider.GetService<ExchangeQueue>());
    }

    // The minimal API's work, by hand: JSON read from BodyReader, JSON written to BodyWriter.
    private static async Task Echo(HttpContext context)
    {
        var order = await context.Request.ReadFromJsonAsync(EchoJsonContext.Default.OrderRequest).ConfigureAwait(false);
        var total = 0m;
        foreach (var line in order!.Lines)
        {
            total += line.Quantity * line.UnitPrice;
        }

        await context.Response.WriteAsJsonAsync(
            new OrderResponse("ord_01HZY3K9V7Q2", "accepted", order.CustomerId, total, order.Lines, order.Notes),
            EchoJsonContext.Default.OrderResponse).ConfigureAwait(false);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static TimeSpan Cpu() => Vigil.AspNetCore.Shipping.Threading.ThreadCpu.Now() ?? Environment.CpuUsage.TotalTime;
}
