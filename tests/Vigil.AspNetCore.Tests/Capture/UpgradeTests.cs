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
}
