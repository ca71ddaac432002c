namespace Vigil.Masking.Tests.Headers;

public sealed class HeaderMaskingTests
{
    private static readonly Masker Masker = Masker.Default;

    [Theory]
    [InlineData("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig", "Bearer ****")]
    [InlineData("authorization", "Basic dXNlcjpwYXNz", "Basic ****")]
    [InlineData("Authorization", "Digest username=\"bob\", response=\"abc\"", "Digest ****")]
    [InlineData("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20240101, Signature=abc", "AWS4-HMAC-SHA256 ****")]
    [InlineData("Proxy-Authorization", "Basic dXNlcjpwYXNz", "Basic ****")]
    [InlineData("Authorization", "rawtokenwithoutscheme", "****")]
    [InlineData("Authorization", "Bearer", "****")]
    [InlineData("Authorization", "Bearer   ", "****")]
    public void Detect_credentials_keep_only_their_scheme(string name, string value, string expected) =>
        Assert.Equal(expected, Masker.MaskHeader(name, value));

    [Theory]
    [InlineData("a=1; b=2", "a=****; b=****")]
    [InlineData("session=abc", "session=****")]
    [InlineData("a=1;b=2", "a=****;b=****")]
    [InlineData("a=; b=2", "a=; b=****")]
    [InlineData("lonelyvalue", "****")]
    [InlineData("a=x==; b=\"quoted\"", "a=****; b=****")]
    public void Detect_cookie_keeps_names_and_masks_every_value(string value, string expected) =>
        Assert.Equal(expected, Masker.MaskHeader("Cookie", value));

    [Theory]
    [InlineData("sid=abc123; Path=/; Secure; HttpOnly; SameSite=Lax", "sid=****; Path=/; Secure; HttpOnly; SameSite=Lax")]
    [InlineData("theme=dark", "theme=****")]
    [InlineData("a=1; Path=/; Expires=Thu, 21 Oct 2021 07:28:00 GMT, b=2; HttpOnly", "a=****; Path=/; Expires=Thu, 21 Oct 2021 07:28:00 GMT, b=****; HttpOnly")]
    [InlineData("a=1,b=2", "a=****,b=****")]
    [InlineData("id=a3fWa; Expires=Thu, 21 Oct 2021 07:28:00 GMT; Domain=example.com", "id=****; Expires=Thu, 21 Oct 2021 07:28:00 GMT; Domain=example.com")]
    public void Detect_set_cookie_keeps_name_and_attributes(string value, string expected) =>
        Assert.Equal(expected, Masker.MaskHeader("Set-Cookie", value));

    [Theory]
    [InlineData("X-API-Key", "sk_abcdef")]
    [InlineData("x-api-key", "12345")]
    [InlineData("X-Auth-Token", "abc")]
    [InlineData("X-CSRF-Token", "abc")]
    [InlineData("X-Vigil-Key", "vk_1")]
    [InlineData("Api_Key", "abc")]
    public void Detect_sensitive_header_values_are_masked_whole(string name, string value) =>
        Assert.Equal("****", Masker.MaskHeader(name, value));

    [Theory]
    [InlineData("X-Debug", "forwarded Bearer abcdefghijklmnop from proxy", "forwarded Bearer **** from proxy")]
    [InlineData("Referer", "https://shop.example/cb?token=abc123&x=1", "https://shop.example/cb?token=****&x=1")]
    [InlineData("X-Card", "4111-1111-1111-1111", "****")]
    [InlineData("X-Forwarded-Authorization", "Basic dXNlcjpwYXNz", "Basic ****")]
    [InlineData("X-Forwarded-Jwt", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln", "****")]
    public void Detect_value_patterns_in_ordinary_headers(string name, string value, string expected) =>
        Assert.Equal(expected, Masker.MaskHeader(name, value));

    [Theory]
    [InlineData("Content-Type", "application/json; charset=utf-8")]
    [InlineData("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")]
    [InlineData("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36")]
    [InlineData("X-Request-Id", "550e8400-e29b-41d4-a716-446655440000")]
    [InlineData("Date", "Tue, 15 Nov 1994 08:12:31 GMT")]
    [InlineData("WWW-Authenticate", "Bearer realm=\"api\", error=\"invalid_token\", error_description=\"The access token expired\"")]
    [InlineData("X-Empty", "")]
    public void Safe_ordinary_header_values_are_unchanged(string name, string value) =>
        Assert.Equal(value, Masker.MaskHeader(name, value));

    [Fact]
    public void Safe_empty_sensitive_value_stays_empty() => Assert.Equal("", Masker.MaskHeader("Authorization", ""));
}
