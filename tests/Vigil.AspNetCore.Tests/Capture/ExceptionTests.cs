using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Vigil.AspNetCore.Tests.Support;

namespace Vigil.AspNetCore.Tests.Capture;

public sealed class ExceptionTests
{
    [Fact]
    public async Task An_unhandled_exception_reaches_the_host_unchanged_and_is_recorded()
    {
        await using var collector = await FakeCollector.StartAsync();
        var thrown = new InvalidOperationException("the basket is gone");
        var seenByHost = new TaskCompletionSource<Exception>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector),
            app => app.MapGet("/checkout", IResult () => throw thrown),
            beforeVigil: app => app.Use(async (context, next) =>
            {
                try
                {
                    await next(context);
                }
                catch (Exception ex)
                {
                    seenByHost.TrySetResult(ex);
                    throw;
                }
            }));

        using var response = await app.Client.GetAsync("/checkout");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Same(thrown, await seenByHost.Task.WaitAsync(Eventually.DefaultTimeout));
        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/checkout");
        Assert.Equal("System.InvalidOperationException", e.Error?.Type);
        Assert.Equal("the basket is gone", e.Error?.Message);
        Assert.Equal(500, e.Response.Status);
        Assert.Equal(0, app.Metrics.InternalErrors);
    }

    [Fact]
    public async Task An_exception_after_the_response_started_keeps_the_status_that_was_sent()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector),
            app => app.MapGet("/half", async (HttpContext context) =>
            {
                context.Response.ContentType = "text/plain";
                await context.Response.WriteAsync("partial");
                await context.Response.Body.FlushAsync();
                throw new TimeoutException("downstream stalled");
            }));

        try
        {
            using var response = await app.Client.GetAsync("/half");
            await response.Content.ReadAsStringAsync();
        }
        catch (HttpRequestException)
        {
            // Kestrel aborts a response that failed mid-body; the client may see either outcome.
        }

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/half");
        Assert.Equal("System.TimeoutException", e.Error?.Type);
        Assert.Equal(200, e.Response.Status);
        Assert.Equal("partial", e.Response.Body);
    }
}
