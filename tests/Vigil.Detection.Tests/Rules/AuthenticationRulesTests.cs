using Vigil.Core.Capture;
using Vigil.Detection.Rules.Authentication;
using Vigil.Detection.Tests.Support;

namespace Vigil.Detection.Tests.Rules;

public sealed class UnauthenticatedDataRuleTests
{
    [Fact]
    public void Detect_json_returned_to_an_anonymous_caller() =>
        Assert.Single(Http.Run<UnauthenticatedDataRule>(Http.Get("https://api.example.com/api/orders/1001")));

    [Fact]
    public void Safe_with_a_token_a_cookie_an_api_key_or_a_known_user()
    {
        Assert.Empty(Http.Run<UnauthenticatedDataRule>(Http.Get("https://api.example.com/o").WithRequestHeader("Authorization", "Bearer ****")));
        Assert.Empty(Http.Run<UnauthenticatedDataRule>(Http.Get("https://api.example.com/o").WithRequestHeader("Cookie", "sid=****")));
        Assert.Empty(Http.Run<UnauthenticatedDataRule>(Http.Get("https://api.example.com/o").WithRequestHeader("X-Api-Key", "****")));
        var user = Http.Get("https://api.example.com/o");
        user.Request.User = new CapturedUser { Id = "u1" };
        Assert.Empty(Http.Run<UnauthenticatedDataRule>(user));
    }

    [Fact]
    public void Safe_errors_and_non_data_responses()
    {
        Assert.Empty(Http.Run<UnauthenticatedDataRule>(Http.Get("https://api.example.com/o", status: 401)));
        Assert.Empty(Http.Run<UnauthenticatedDataRule>(Http.Get("https://api.example.com/", responseType: "text/html", body: "<html/>")));
        Assert.Empty(Http.Run<UnauthenticatedDataRule>(Http.Get("https://api.example.com/health", status: 204, body: null)));
    }
}

public sealed class CredentialsOverHttpRuleTests
{
    [Fact]
    public void Detect_basic_auth_and_api_keys_over_http()
    {
        var e = Http.Get("http://api.example.com/o").WithRequestHeader("Authorization", "Basic ****").WithRequestHeader("X-Api-Key", "****");

        Assert.Equal(2, Http.Run<CredentialsOverHttpRule>(e).Count);
    }

    [Fact]
    public void Safe_over_https_or_loopback()
    {
        Assert.Empty(Http.Run<CredentialsOverHttpRule>(Http.Get("https://api.example.com/o").WithRequestHeader("Authorization", "Basic ****")));
        Assert.Empty(Http.Run<CredentialsOverHttpRule>(Http.Get("http://localhost/o").WithRequestHeader("Authorization", "Basic ****")));
    }
}

public sealed class CredentialsInQueryRuleTests
{
    [Theory]
    [InlineData("https://api.example.com/o?api_key=****")]
    [InlineData("https://api.example.com/o?page=2&access_token=abc")]
    [InlineData("https://api.example.com/o?Token=x")]
    public void Detect_keys_and_tokens_in_the_url(string url) => Assert.Single(Http.Run<CredentialsInQueryRule>(Http.Get(url)));

    [Theory]
    [InlineData("https://api.example.com/o?page=2&sort=name")]
    [InlineData("https://api.example.com/o?token=")]
    [InlineData("https://api.example.com/o?keyword=tokens")]
    public void Safe_ordinary_parameters(string url) => Assert.Empty(Http.Run<CredentialsInQueryRule>(Http.Get(url)));
}

public sealed class InsecureCookieRuleTests
{
    [Fact]
    public void Detect_a_session_cookie_without_flags()
    {
        var finding = Assert.Single(Http.Run<InsecureCookieRule>(Http.Get("https://app.example.com/").WithResponseHeader("Set-Cookie", "sid=****; Path=/")));

        Assert.Contains("Secure, HttpOnly, SameSite", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_a_hardened_cookie() =>
        Assert.Empty(Http.Run<InsecureCookieRule>(Http.Get("https://app.example.com/").WithResponseHeader("Set-Cookie", "sid=****; Path=/; Secure; HttpOnly; SameSite=Lax")));
}
