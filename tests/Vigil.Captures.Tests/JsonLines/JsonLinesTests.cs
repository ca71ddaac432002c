using System.Text;

namespace Vigil.Captures.Tests.JsonLines;

public sealed class JsonLinesTests
{
    private const string Good =
        """{"timestamp":"2026-01-31T12:00:00Z","durationMs":2,"request":{"method":"GET","scheme":"https","host":"h","path":"/a","query":"","protocol":"HTTP/1.1","clientIp":"","headers":{"Authorization":"Bearer raw.token.value"}},"response":{"status":200,"headers":{}}}""";

    [Fact]
    public async Task A_bad_line_is_reported_with_its_number_and_field_and_good_lines_are_all_yielded()
    {
        var read = await Read.FileAsync("events.jsonl");
        Assert.Equal(CaptureFormat.JsonLines, read.Format);
        Assert.Equal([1, 2, 5], read.Entries.Select(e => e.Number));
        var error = Assert.Single(read.Errors);
        Assert.Equal(4, error.Number);
        Assert.Equal("request.method", error.Field);
        Assert.Equal("line 4: request.method is required", error.ToString());
    }

    [Fact]
    public async Task Events_are_not_masked_and_keep_their_ids()
    {
        var read = await Read.FileAsync("events.jsonl");
        Assert.Equal("Bearer abc.def.ghi", read.Entries[0].Exchange.Request.Headers.First("authorization"));
        Assert.Equal(Guid.Parse("0b9a4b59-2d3e-4d6f-9a1b-7c8d9e0f1a2b"), read.Entries[0].Exchange.Id);
        // A line without an id keeps none: `vigil inspect` names it by its line number instead.
        Assert.Null(read.Entries[1].Exchange.Id);
        Assert.Equal(2, read.Entries[1].Number);
    }

    [Fact]
    public async Task Malformed_and_mistyped_lines_say_where()
    {
        var text = string.Join('\n', Good, "{\"timestamp\": nope}", Good.Replace("\"status\":200", "\"status\":\"200\"", StringComparison.Ordinal), Good);
        var read = await Read.TextAsync(text);
        Assert.Equal([1, 4], read.Entries.Select(e => e.Number));
        Assert.Equal(2, read.Errors.Count);
        Assert.Equal(2, read.Errors[0].Number);
        Assert.Contains("not valid JSON", read.Errors[0].Message);
        Assert.Equal((3, "response.status"), (read.Errors[1].Number, read.Errors[1].Field));
    }

    [Fact]
    public async Task Crlf_bom_and_blank_lines_are_handled()
    {
        var text = "\uFEFF" + Good + "\r\n\r\n   \r\n" + Good + "\r\n";
        var read = await Read.TextAsync(text);
        Assert.Empty(read.Errors);
        Assert.Equal([1, 4], read.Entries.Select(e => e.Number));
    }

    [Fact]
    public async Task A_last_line_without_newline_is_read()
    {
        var read = await Read.TextAsync(Good + "\n" + Good);
        Assert.Equal([1, 2], read.Entries.Select(e => e.Number));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\r\n ")]
    [InlineData("\uFEFF")]
    public async Task An_empty_file_is_one_clear_error(string text)
    {
        var read = await Read.TextAsync(text, "empty.jsonl");
        Assert.Empty(read.Entries);
        Assert.Equal("empty.jsonl is empty: there are no requests to read", Assert.Single(read.Errors).ToString());
    }

    [Fact]
    public async Task A_huge_line_is_bounded_and_skipped_with_a_clear_error()
    {
        var huge = "{\"request\":{\"body\":\"" + new string('x', 300_000) + "\"}}";
        var text = string.Join('\n', Good, huge, Good);
        var read = await Read.TextAsync(text, options: new() { MaxLineBytes = 64 * 1024 });
        Assert.Equal([1, 3], read.Entries.Select(e => e.Number));
        var error = Assert.Single(read.Errors);
        Assert.Equal("line 2: is longer than 65536 bytes; skipped", error.ToString());
    }

    [Fact]
    public async Task A_huge_last_line_without_newline_is_bounded_too()
    {
        var read = await Read.TextAsync(Good + "\n{" + new string(' ', 200_000), options: new() { MaxLineBytes = 64 * 1024 });
        Assert.Single(read.Entries);
        Assert.Equal(2, Assert.Single(read.Errors).Number);
    }

    [Fact]
    public async Task Json_objects_that_are_not_events_say_the_file_is_not_a_capture()
    {
        var read = await Read.TextAsync("{\"name\": \"package\", \"version\": 1\n}\n", "package.json");
        Assert.Empty(read.Entries);
        Assert.Contains("package.json holds no valid event, so it may not be a capture file", read.Errors[0].Message);
        Assert.Equal(0, read.Errors[0].Number);
    }

    [Fact]
    public async Task A_missing_file_is_an_error_not_an_exception()
    {
        var read = await Read.PathAsync(Path.Combine(Path.GetTempPath(), "vigil-does-not-exist.har"));
        Assert.Contains("cannot open", Assert.Single(read.Errors).Message);
    }

    [Fact]
    public async Task Events_the_collector_would_refuse_are_refused_here_too()
    {
        var future = Good.Replace("2026-01-31T12:00:00Z", "2030-01-01T00:00:00Z", StringComparison.Ordinal);
        var read = await Read.TextAsync(future);
        Assert.Equal("timestamp", Assert.Single(read.Errors, e => e.Number == 1).Field);
    }

    [Fact]
    public async Task Null_line_is_an_error()
    {
        var read = await Read.TextAsync(Good + "\nnull\n" + Good);
        Assert.Equal(2, Assert.Single(read.Errors).Number);
        Assert.Equal(2, read.Entries.Count);
    }
}
