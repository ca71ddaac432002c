using System.Net.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Vigil.AspNetCore.Tests.Support;

namespace Vigil.AspNetCore.Tests.Capture;

public sealed class UpgradeTests
{
    [Fact]
    public async Task A_websocket_is_not_wrapped_and_still_works()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector),
            app =>
            {
                app.UseWebSockets();
                app.Map("/ws", async (HttpContext context) =>
                {
                    using var socket = await context.WebSockets.AcceptWebSocketAsync();
                    var buffer = new byte[64];
                    var received = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    await socket.SendAsync(buffer.AsMemory(0, received.Count), WebSocketMessageType.Text, true, CancellationToken.None);
                    await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                });
            });

        using var client = new ClientWebSocket();
        await client.ConnectAsync(new Uri($"ws://127.0.0.1:{app.BaseAddress.Port}/ws"), CancellationToken.None);
        await client.SendAsync("ping"u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[64];
        var result = await client.ReceiveAsync(buffer, CancellationToken.None);
        Assert.Equal("ping", System.Text.Encoding.UTF8.GetString(buffer, 0, result.Count));
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/ws");
        Assert.Equal(101, e.Response.Status);
        Assert.Null(e.Response.Body);
    }

    [Fact]
    public async Task Asking_to_upgrade_does_not_hide_a_plain_response_body()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector),
            app => app.MapGet("/customers", () => Results.Json(new { name = "Jane Doe", phone = "+1 415 555 0123" })));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/customers");
        request.Headers.Connection.Add("Upgrade");
        request.Headers.Upgrade.ParseAdd("websocket");
        using var response = await app.Client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Jane Doe", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/customers");
        Assert.Contains("Jane Doe", e.Response.Body, StringComparison.Ordinal);
    }
}
