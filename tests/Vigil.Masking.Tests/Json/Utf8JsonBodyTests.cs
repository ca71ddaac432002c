using System.Text;
using Vigil.Masking.Tests.TestKit;

namespace Vigil.Masking.Tests.Json;

/// <summary>
/// <see cref="Masker.TryMaskJsonBody"/> masks JSON on its UTF-8 bytes. Its contract is equality with the string path:
/// for every body it accepts, its result is the UTF-8 of <see cref="Masker.MaskBody"/> on the decoded text, so every
/// guarantee the string path's tests prove (planted secrets, truncation, hostile input) holds for it too.
/// </summary>
public sealed class Utf8JsonBodyTests
{
    private const string Order = """{"customerId":"cus_1","email":"jane@example.com","lines":[{"sku":"A-1","name":"Mug ✓ Zoë","quantity":2}]}""";

    [Fact]
    public void Safe_a_body_with_nothing_to_mask_is_left_to_the_caller_byte_for_byte()
    {
        Assert.True(Masker.Default.TryMaskJsonBody(Encoding.UTF8.GetBytes(Order), "application/json; charset=utf-8", out var masked));

        Assert.Null(masked);
    }

    [Fact]
    public void Detect_secrets_are_masked_on_the_bytes()
    {
        var body = """{"user":"zoë","password":"hunter2!","card":"4111 1111 1111 1111","pin":1234}""";

        Assert.True(Masker.Default.TryMaskJsonBody(Encoding.UTF8.GetBytes(body), "application/problem+json", out var masked));

        Assert.Equal("""{"user":"zoë","password":"****","card":"****","pin":"****"}""", Encoding.UTF8.GetString(masked!));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public void Safe_bodies_not_declared_json_are_left_to_the_string_path(string? contentType)
    {
        Assert.False(Masker.Default.TryMaskJsonBody("""{"password":"x"}"""u8, contentType, out var masked));
        Assert.Null(masked);
    }

    [Fact]
    public void Safe_invalid_utf8_is_left_to_the_string_path_which_decodes_it_with_replacement_characters()
    {
        byte[] body = [.. """{"password":"a"""u8, 0xC3, 0x28, .. "\"}"u8];

        Assert.False(Masker.Default.TryMaskJsonBody(body, "application/json", out _));
    }

    [Fact]
    public void Detect_every_cut_of_a_document_masks_exactly_like_the_string_path()
    {
        var document = """
            {"user": {"name": "Zoë ✓", "password": "SxPw7vK2pLr9mWz"}, "hint": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
             "note": "card 4111 1111 1111 1111", "list": [{"name": "api_key", "value": "SxKey4nB8cTq3sYe"}], "tail": "end 🙂"}
            """;
        var utf8 = Encoding.UTF8.GetBytes(document);
        for (var cut = 0; cut <= utf8.Length; cut++)
        {
            var part = utf8[..cut];
            if (!System.Text.Unicode.Utf8.IsValid(part))
            {
                // A cut inside a character: the SDK trims it back to a whole character before masking.
                continue;
            }

            AssertSameAsStringPath(part, "application/json", $"cut {cut}");
        }
    }

    [Fact]
    public void Detect_random_exchanges_with_planted_secrets_mask_exactly_like_the_string_path()
    {
        for (var seed = 0; seed < 3000; seed++)
        {
            var random = new Random(seed);
            var exchange = ExchangeGenerator.Benign(random);
            SecretPlanter.Plant(exchange, random);
            foreach (var (body, headers) in new[] { (exchange.Request.Body, exchange.Request.Headers), (exchange.Response.Body, exchange.Response.Headers) })
            {
                var contentType = headers.First("Content-Type");
                if (body is not null && contentType is not null && contentType.Contains("json", StringComparison.Ordinal))
                {
                    AssertSameAsStringPath(Encoding.UTF8.GetBytes(body), contentType, $"seed {seed}");
                }
            }
        }
    }

    [Fact]
    public void Detect_a_byte_order_mark_is_kept_and_the_rest_masked()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. """{"token":"abc"}"""u8];

        Assert.True(Masker.Default.TryMaskJsonBody(body, "application/json", out var masked));

        Assert.Equal([0xEF, 0xBB, 0xBF, .. """{"token":"****"}"""u8], masked!);
    }

    private static void AssertSameAsStringPath(byte[] utf8, string contentType, string because)
    {
        var expected = Masker.Default.MaskBody(Encoding.UTF8.GetString(utf8), contentType);

        Assert.True(Masker.Default.TryMaskJsonBody(utf8, contentType, out var masked), because);

        Assert.Equal(expected, Encoding.UTF8.GetString(masked ?? utf8));
        if (masked is null)
        {
            Assert.Equal(Encoding.UTF8.GetString(utf8), expected);
        }
    }
}
