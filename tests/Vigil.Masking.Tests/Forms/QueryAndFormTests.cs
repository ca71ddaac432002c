namespace Vigil.Masking.Tests.Forms;

public sealed class QueryAndFormTests
{
    private const string Jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl";
    private static readonly Masker Masker = Masker.Default;

    [Theory]
    [InlineData("password=hunter2", "password=****")]
    [InlineData("user=bob&password=hunter2&remember=1", "user=bob&password=****&remember=1")]
    [InlineData("api%5Fkey=abc", "api%5Fkey=****")]
    [InlineData("api+key=abc", "api+key=****")]
    [InlineData("API-Key=abc&apiKey=def", "API-Key=****&apiKey=****")]
    [InlineData("token=a&token=b", "token=****&token=****")]
    [InlineData("user%5Bpassword%5D=x", "user%5Bpassword%5D=****")]
    [InlineData("q=shoes&access_token=ya29.abc", "q=shoes&access_token=****")]
    [InlineData("pin=1234&shipping=express", "pin=****&shipping=express")]
    [InlineData("?pin=1234", "?pin=****")]
    public void Detect_sensitive_names(string query, string expected) => Assert.Equal(expected, Masker.MaskQuery(query));

    [Theory]
    [InlineData("id_hint=" + Jwt, "id_hint=****")]
    [InlineData("card=4111+1111+1111+1111", "card=****")]
    [InlineData("card=4111%201111%201111%201111", "card=****")]
    [InlineData("h=Bearer%20abcdefghijklmnop", "h=****")]
    [InlineData("next=https%3A%2F%2Fa.example%2Fcb%3Ftoken%3Dabc", "next=****")]
    [InlineData("next=https%253A%252F%252Fa.example%252Fcb%253Fpassword%253Dabc", "next=****")]
    [InlineData(Jwt, "****")]
    [InlineData("{\"password\":\"x\"}=", "****")]
    [InlineData("junk{pin=1234&b=2", "junk{pin=****&b=2")]
    [InlineData("a=1&" + Jwt + "&b=2", "a=1&****&b=2")]
    public void Detect_secret_values_under_any_name_replace_the_whole_value(string query, string expected) =>
        Assert.Equal(expected, Masker.MaskQuery(query));

    [Theory]
    [InlineData("")]
    [InlineData("a=1&b=2")]
    [InlineData("a=1&&b=2&")]
    [InlineData("flag&other&x=")]
    [InlineData("password=&token=")]
    [InlineData("q=caf%C3%A9+au+lait&sort=-price")]
    [InlineData("ts=2024-01-15T10%3A20%3A30Z&order=1234567890123")]
    [InlineData("id=550e8400-e29b-41d4-a716-446655440000")]
    [InlineData("bad=%ZZ%&%=1")]
    [InlineData("=value&==&=")]
    public void Safe_everything_else_is_kept_byte_for_byte(string query) => Assert.Equal(query, Masker.MaskQuery(query));

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/x-www-form-urlencoded; charset=utf-8")]
    [InlineData("Application/X-WWW-Form-Urlencoded")]
    public void Detect_form_bodies_use_the_same_rules(string contentType)
    {
        const string Body = "username=bob&password=hunter2&card=4111111111111111&note=hi";

        Assert.Equal("username=bob&password=****&card=****&note=hi", Masker.MaskBody(Body, contentType));
    }
}
