namespace Vigil.Captures.Tests.Har;

public sealed class FirefoxHarTests
{
    [Fact]
    public async Task Maps_a_form_login_over_http11()
    {
        var read = await Read.FileAsync("firefox.har");
        Assert.Empty(read.Errors);
        var login = read.Entries[0].Exchange;
        Assert.Equal("http", login.Request.Scheme);
        Assert.Equal("localhost:5000", login.Request.Host);
        Assert.Equal("/login", login.Request.Path);
        Assert.Equal("", login.Request.Query);
        Assert.Equal("HTTP/1.1", login.Request.Protocol);
        Assert.Equal("user=alice&password=s3cret%21", login.Request.Body);
        Assert.Equal(302, login.Response.Status);
        Assert.Equal("", login.Response.Body);
        Assert.Equal(new DateTimeOffset(2026, 1, 31, 12, 0, 0, 250, TimeSpan.Zero), login.Timestamp.ToUniversalTime());
    }

    [Fact]
    public async Task Keeps_credentials_unmasked_and_text_bodies_intact()
    {
        var users = (await Read.FileAsync("firefox.har")).Entries[1].Exchange;
        Assert.Equal("HTTP/2", users.Request.Protocol);
        Assert.Equal("Basic YWxpY2U6czNjcmV0IQ==", users.Request.Headers.First("authorization"));
        Assert.Equal("{\"title\":\"ok\",\"detail\":\"é ✓\"}", users.Response.Body);
        Assert.Equal("id=1", users.Request.Query);
    }

    [Fact]
    public async Task A_websocket_is_noted_not_an_error()
    {
        var read = await Read.FileAsync("firefox.har");
        Assert.Equal(2, read.Entries.Count);
        var note = Assert.Single(read.Notes);
        Assert.Equal(3, note.Number);
        Assert.Contains("wss", note.Message);
    }
}
