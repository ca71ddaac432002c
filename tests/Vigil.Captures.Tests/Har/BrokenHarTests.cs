using System.Text;

namespace Vigil.Captures.Tests.Har;

public sealed class BrokenHarTests
{
    private const string Entry =
        """{"startedDateTime":"2026-01-31T12:00:00Z","time":1,"request":{"method":"GET","url":"https://h/a","httpVersion":"HTTP/1.1","headers":[]},"response":{"status":200,"headers":[],"content":{"mimeType":"text/plain","text":"ok"}}}""";

    private static string Har(params string[] entries) => "{\"log\":{\"entries\":[" + string.Join(',', entries) + "]}}";

    [Fact]
    public async Task A_truncated_file_keeps_the_entries_before_the_cut_and_says_it_was_cut()
    {
        var text = Read.FileText("chrome.har");
        var read = await Read.TextAsync(text[..(text.Length * 2 / 3)], "chrome.har");
        Assert.Equal(CaptureFormat.Har, read.Format);
        Assert.NotEmpty(read.Entries);
        var error = Assert.Single(read.Errors);
        Assert.Contains("cut short", error.Message);
        Assert.True(error.Number > read.Entries[^1].Number);
    }

    [Fact]
    public async Task Malformed_json_in_the_middle_stops_with_a_position()
    {
        var read = await Read.TextAsync(Har(Entry, "{\"request\": tru }", Entry), "bad.har");
        Assert.Single(read.Entries);
        var error = Assert.Single(read.Errors);
        Assert.Equal(2, error.Number);
        Assert.Contains("not valid JSON at line 1", error.Message);
        Assert.Contains("stopped reading", error.Message);
    }

    [Fact]
    public async Task A_bad_entry_is_reported_with_its_field_and_the_next_one_is_read()
    {
        var noDate = Entry.Replace("\"startedDateTime\":\"2026-01-31T12:00:00Z\",", "", StringComparison.Ordinal);
        var badMethod = Entry.Replace("\"GET\"", "\"G T\"", StringComparison.Ordinal);
        var read = await Read.TextAsync(Har(noDate, badMethod, Entry, "42"), "x.har");
        Assert.Equal([3], read.Entries.Select(e => e.Number));
        Assert.Equal(3, read.Errors.Count);
        Assert.Equal((1, "startedDateTime"), (read.Errors[0].Number, read.Errors[0].Field));
        Assert.Equal((2, "request.method"), (read.Errors[1].Number, read.Errors[1].Field));
        Assert.Equal(4, read.Errors[2].Number);
        Assert.StartsWith("entry 2: request.method ", read.Errors[1].ToString());
    }

    [Fact]
    public async Task An_entry_above_the_size_limit_is_skipped_and_reading_goes_on()
    {
        var headers = string.Join(',', Enumerable.Range(0, 3000).Select(i => $$"""{"name":"x-h{{i}}","value":"{{new string('v', 20)}}"}"""));
        var big = Entry.Replace("\"headers\":[]", $"\"headers\":[{headers}]", StringComparison.Ordinal);
        var read = await Read.TextAsync(Har(Entry, big, Entry), "big.har", new() { MaxEntryBytes = 32 * 1024 });
        Assert.Equal([1, 3], read.Entries.Select(e => e.Number));
        var error = Assert.Single(read.Errors);
        Assert.Equal(2, error.Number);
        Assert.Contains("larger than", error.Message);
    }

    [Theory]
    [InlineData("""{"log": 5}""")]
    [InlineData("""{"log": {"version": "1.2", "pages": []}}""")]
    public async Task A_har_without_entries_is_one_clear_error(string text)
    {
        var read = await Read.TextAsync(text, "empty.har");
        Assert.Empty(read.Entries);
        Assert.Contains("no log.entries", Assert.Single(read.Errors).Message);
    }

    [Fact]
    public async Task Pages_and_unknown_fields_before_and_after_entries_are_stepped_over()
    {
        var text = $$"""{"log":{"version":"1.2","pages":[{"id":"p","x":[[1,{"y":null}]]}],"_custom":{"a":[1,2]},"entries":[{{Entry}}],"comment":"after"}, "trailing": true}""";
        var read = await Read.TextAsync(text, "x.har");
        Assert.Empty(read.Errors);
        Assert.Single(read.Entries);
    }

    [Fact]
    public async Task Binary_garbage_is_not_a_capture()
    {
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        garbage[0] = 0x89;
        var read = await Read.BytesAsync(garbage, "photo.png");
        Assert.Equal(CaptureFormat.Unknown, read.Format);
        Assert.Empty(read.Entries);
        Assert.Contains("is not a capture file", Assert.Single(read.Errors).Message);
    }

    [Fact]
    public async Task Utf16_is_named()
    {
        var read = await Read.BytesAsync([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("{\"log\":{}}")], "u16.har");
        Assert.Contains("UTF-16", Assert.Single(read.Errors).Message);
    }
}
