namespace Vigil.Captures.Tests.Har;

public sealed class ChromeHarTests
{
    [Fact]
    public async Task Yields_http_entries_and_notes_the_rest()
    {
        var read = await Read.FileAsync("chrome.har");
        Assert.Equal(CaptureFormat.Har, read.Format);
        Assert.Empty(read.Errors);
        Assert.Equal([1, 2, 3], read.Entries.Select(e => e.Number));
        Assert.Equal([4, 5, 6], read.Notes.Select(n => n.Number));
        Assert.Contains("data", read.Notes[0].Message);
        Assert.Contains("net::ERR_BLOCKED_BY_CLIENT", read.Notes[1].Message);
        Assert.Contains("chrome-extension", read.Notes[2].Message);
        Assert.StartsWith("entry 4: ", read.Notes[0].ToString());
    }

    [Fact]
    public async Task Maps_an_http2_get_with_a_base64_json_body()
    {
        var e = (await Read.FileAsync("chrome.har")).Entries[0].Exchange;
        Assert.Equal("GET", e.Request.Method);
        Assert.Equal("https", e.Request.Scheme);
        Assert.Equal("api.example.com", e.Request.Host);
        Assert.Equal("/orders/42", e.Request.Path);
        Assert.Equal("expand=items&q=%27x", e.Request.Query);
        Assert.Equal("HTTP/2", e.Request.Protocol);
        Assert.Equal("", e.Request.ClientIp);
        Assert.DoesNotContain(e.Request.Headers.Keys, k => k.StartsWith(':'));
        Assert.Equal("Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhbGljZSJ9.", e.Request.Headers.First("Authorization"));
        Assert.Equal("session=abc123", e.Request.Headers.First("Cookie"));
        Assert.Equal(0, e.Request.Size);
        Assert.Equal(200, e.Response.Status);
        Assert.Equal("{\"id\":42,\"status\":\"paid\"}", e.Response.Body);
        Assert.Equal(["a=1", "b=2"], e.Response.Headers["Set-Cookie"]);
        Assert.Equal(25, e.Response.Size);
        Assert.Equal(45.2, e.DurationMs);
        Assert.Equal(new DateTimeOffset(2026, 1, 31, 12, 0, 0, 123, TimeSpan.Zero), e.Timestamp);
        Assert.Null(e.Server);
    }

    [Fact]
    public async Task Maps_a_post_body_and_keeps_binary_bodies_out()
    {
        var read = await Read.FileAsync("chrome.har");
        var post = read.Entries[1].Exchange;
        Assert.Equal("POST", post.Request.Method);
        Assert.Equal("{\"item\":\"tea\",\"qty\":\"1 OR 1=1\"}", post.Request.Body);
        Assert.Equal(30, post.Request.Size);
        Assert.Equal("{\"id\":43}", post.Response.Body);
        Assert.Equal(120, post.Response.Size);

        var image = read.Entries[2].Exchange;
        Assert.Null(image.Response.Body);
        Assert.Equal("HTTP/3", image.Request.Protocol);
        Assert.Equal("cdn.example.com", image.Request.Host);
    }

    [Fact]
    public async Task Entries_have_no_id_and_are_named_by_their_entry_number()
    {
        var read = await Read.FileAsync("chrome.har");
        Assert.All(read.Entries, e => Assert.Null(e.Exchange.Id));
        Assert.Equal([1, 2, 3], read.Entries.Select(e => e.Number));
    }

    [Fact]
    public async Task Reads_the_same_through_a_trickling_stream_and_with_a_bom()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Files", "chrome.har"));
        var read = await Read.BytesAsync([0xEF, 0xBB, 0xBF, .. bytes], "chrome.har");
        Assert.Empty(read.Errors);
        Assert.Equal(3, read.Entries.Count);
        Assert.Equal((await Read.FileAsync("chrome.har")).Entries[0].Exchange.Id, read.Entries[0].Exchange.Id);
    }
}
