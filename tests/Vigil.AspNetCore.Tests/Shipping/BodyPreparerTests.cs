using System.Text;
using Vigil.AspNetCore.Shipping;
using Vigil.Masking;

namespace Vigil.AspNetCore.Tests.Shipping;

public sealed class BodyPreparerTests
{
    private const string Json = "application/json; charset=utf-8";

    [Fact]
    public void Safe_a_json_body_with_nothing_to_mask_ships_as_the_very_bytes_captured()
    {
        var captured = Encoding.UTF8.GetBytes("""{"name":"Zoë ✓","quote":"say \"hi\"","n":1.50}""");

        var (utf8, text) = BodyPreparer.Prepare(Masker.Default, captured, Json, truncated: false);

        Assert.Null(text);
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(utf8!.Value, out var segment));
        Assert.Same(captured, segment.Array);
        Assert.Equal(captured.Length, segment.Count);
    }

    [Fact]
    public void Detect_a_json_body_with_secrets_ships_masked_bytes()
    {
        var captured = Encoding.UTF8.GetBytes("""{"password":"hunter2!","note":"card 4111 1111 1111 1111"}""");

        var (utf8, text) = BodyPreparer.Prepare(Masker.Default, captured, "application/json", truncated: false);

        Assert.Null(text);
        Assert.Equal("""{"password":"****","note":"card ****"}""", Encoding.UTF8.GetString(utf8!.Value.Span));
    }

    [Fact]
    public void Detect_a_truncated_body_cut_inside_a_character_drops_that_character_like_the_text_path()
    {
        var whole = Encoding.UTF8.GetBytes("""{"token":"abc","note":"☕☕""");
        var captured = whole[..^1];

        var (utf8, text) = BodyPreparer.Prepare(Masker.Default, captured, Json, truncated: true);

        Assert.Null(text);
        var expected = Masker.Default.MaskBody(BodyDecoder.Decode(captured, Json, truncated: true), Json);
        Assert.Equal(expected, Encoding.UTF8.GetString(utf8!.Value.Span));
        Assert.DoesNotContain("abc", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_invalid_utf8_goes_the_text_path_and_is_still_masked()
    {
        byte[] captured = [.. """{"password":"hunter2!","x":"a"""u8, 0xFF, .. "\"}"u8];

        var (utf8, text) = BodyPreparer.Prepare(Masker.Default, captured, Json, truncated: false);

        Assert.Null(utf8);
        Assert.Equal("{\"password\":\"****\",\"x\":\"a\uFFFD\"}", text);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "user=zoe&password=hunter2", "user=zoe&password=****")]
    [InlineData("text/plain", "password=hunter2", "password=****")]
    [InlineData("application/json; charset=iso-8859-1", """{"password":"hunter2"}""", """{"password":"****"}""")]
    public void Detect_other_bodies_go_the_text_path_masked(string contentType, string body, string expected)
    {
        var (utf8, text) = BodyPreparer.Prepare(Masker.Default, Encoding.UTF8.GetBytes(body), contentType, truncated: false);

        Assert.Null(utf8);
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0xE2, 0x98 }, 1)]
    [InlineData(new byte[] { 0x61, 0xE2, 0x98, 0x95 }, 4)]
    [InlineData(new byte[] { 0x61, 0xF0, 0x9F, 0x99 }, 1)]
    [InlineData(new byte[] { 0x61, 0xC3 }, 1)]
    [InlineData(new byte[] { 0x61, 0x62 }, 2)]
    [InlineData(new byte[] { 0x98, 0x98, 0x98, 0x98 }, 4)]
    [InlineData(new byte[0], 0)]
    public void Only_an_incomplete_last_character_is_cut(byte[] bytes, int kept) =>
        Assert.Equal(kept, BodyPreparer.WithoutPartialCharacter(bytes).Length);
}
