using Vigil.Collector.Ingest;
using Vigil.Masking;

namespace Vigil.Collector.Tests.Ingest;

public sealed class CleanTextCacheTests
{
    [Theory]
    [InlineData("GET /api/orders/{id}")]
    [InlineData("response.headers.Content-Type")]
    [InlineData("password=hunter2hunter2")]
    [InlineData("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJl")]
    [InlineData("card 4111 1111 1111 1111 seen")]
    public void Answers_what_the_masker_answers_the_first_time_and_every_time_after(string text)
    {
        var cache = new CleanTextCache(Masker.Default);
        var expected = Masker.Default.MaskText(text);

        Assert.Equal(expected, cache.Mask(text));
        Assert.Equal(expected, cache.Mask(text));
        Assert.Equal(expected, cache.Mask(new string(text.AsSpan())));
    }

    [Fact]
    public void A_secret_is_masked_on_every_sighting_among_clean_texts()
    {
        var cache = new CleanTextCache(Masker.Default);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.Equal("Response lacks a header " + (i % 50), cache.Mask("Response lacks a header " + (i % 50)));
            Assert.DoesNotContain("hunter2hunter2", cache.Mask("password=hunter2hunter2"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Null_stays_null() => Assert.Null(new CleanTextCache(Masker.Default).Mask(null));
}
