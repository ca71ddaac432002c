using Vigil.Detection.Rules.Transport;
using Vigil.Detection.Tests.Support;

namespace Vigil.Detection.Tests.Rules;

public sealed class PlainHttpRuleTests
{
    [Fact]
    public void Detect_http_on_a_public_host() => Assert.Single(Http.Run<PlainHttpRule>(Http.Get("http://api.example.com/orders")));

    [Theory]
    [InlineData("https://api.example.com/orders")]
    [InlineData("http://localhost:5000/orders")]
    [InlineData("http://127.0.0.1:5000/orders")]
    public void Safe_https_and_loopback(string url) => Assert.Empty(Http.Run<PlainHttpRule>(Http.Get(url)));
}

public sealed class MissingSecurityHeadersRuleTests
{
    [Fact]
    public void Detect_every_missing_header_on_html_over_https()
    {
        var findings = Http.Run<MissingSecurityHeadersRule>(Http.Get("https://app.example.com/", responseType: "text/html", body: "<html></html>"));

        Assert.Equal(
            ["response.headers.Content-Security-Policy", "response.headers.Strict-Transport-Security", "response.headers.X-Content-Type-Options", "response.headers.X-Frame-Options"],
            findings.Select(f => f.Location).Order());
    }

    [Fact]
    public void Safe_when_the_headers_are_there()
    {
        var e = Http.Get("https://app.example.com/", responseType: "text/html", body: "<html></html>")
            .WithResponseHeader("Strict-Transport-Security", "max-age=31536000")
            .WithResponseHeader("X-Content-Type-Options", "nosniff")
            .WithResponseHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");

        Assert.Empty(Http.Run<MissingSecurityHeadersRule>(e));
    }

    [Fact]
    public void Safe_json_needs_no_csp_or_framing_headers()
    {
        var e = Http.Get("https://api.example.com/x").WithResponseHeader("Strict-Transport-Security", "max-age=1").WithResponseHeader("X-Content-Type-Options", "nosniff");

        Assert.Empty(Http.Run<MissingSecurityHeadersRule>(e));
    }
}

public sealed class VersionDisclosureRuleTests
{
    [Fact]
    public void Detect_versions_in_server_and_framework_headers()
    {
        var e = Http.Get("https://api.example.com/").WithResponseHeader("Server", "Microsoft-IIS/10.0").WithResponseHeader("X-AspNet-Version", "4.0.30319").WithResponseHeader("X-Powered-By", "ASP.NET");

        Assert.Equal(3, Http.Run<VersionDisclosureRule>(e).Count);
    }

    [Fact]
    public void Safe_a_product_name_without_a_version() =>
        Assert.Empty(Http.Run<VersionDisclosureRule>(Http.Get("https://api.example.com/").WithResponseHeader("Server", "Kestrel")));
}

public sealed class MissingRateLimitHeadersRuleTests
{
    [Fact]
    public void Detect_a_success_without_rate_limit_headers() => Assert.Single(Http.Run<MissingRateLimitHeadersRule>(Http.Get("https://api.example.com/")));

    [Theory]
    [InlineData("RateLimit-Limit")]
    [InlineData("X-RateLimit-Remaining")]
    [InlineData("RateLimit-Policy")]
    public void Safe_with_either_header_family(string header) =>
        Assert.Empty(Http.Run<MissingRateLimitHeadersRule>(Http.Get("https://api.example.com/").WithResponseHeader(header, "100")));
}

public sealed class PermissiveCorsRuleTests
{
    [Fact]
    public void Detect_wildcard_with_credentials()
    {
        var e = Http.Get("https://api.example.com/").WithResponseHeader("Access-Control-Allow-Origin", "*").WithResponseHeader("Access-Control-Allow-Credentials", "true");

        Assert.Equal(Vigil.Core.Findings.ThreatLevel.High, Assert.Single(Http.Run<PermissiveCorsRule>(e)).Threat);
    }

    [Fact]
    public void Detect_a_foreign_origin_reflected_with_credentials()
    {
        var e = Http.Get("https://api.example.com/").WithRequestHeader("Origin", "https://evil.example")
            .WithResponseHeader("Access-Control-Allow-Origin", "https://evil.example").WithResponseHeader("Access-Control-Allow-Credentials", "true");

        Assert.Single(Http.Run<PermissiveCorsRule>(e));
    }

    [Fact]
    public void Safe_wildcard_without_credentials_and_an_allow_listed_origin()
    {
        Assert.Empty(Http.Run<PermissiveCorsRule>(Http.Get("https://api.example.com/").WithResponseHeader("Access-Control-Allow-Origin", "*")));
        Assert.Empty(Http.Run<PermissiveCorsRule>(Http.Get("https://api.example.com/").WithRequestHeader("Origin", "https://app.example.com")
            .WithResponseHeader("Access-Control-Allow-Origin", "https://app.example.com")));
    }
}

public sealed class MissingContentTypeRuleTests
{
    [Fact]
    public void Detect_a_response_body_without_content_type() =>
        Assert.Equal("response.headers.Content-Type", Assert.Single(Http.Run<MissingContentTypeRule>(Http.Get("https://api.example.com/x", responseType: null))).Location);

    [Fact]
    public void Detect_a_request_body_without_content_type()
    {
        var e = Http.Post("https://api.example.com/orders", "{\"qty\":1}");
        e.Request.Headers.Remove("Content-Type");

        Assert.Equal("request.headers.Content-Type", Assert.Single(Http.Run<MissingContentTypeRule>(e)).Location);
    }

    [Theory]
    [InlineData(200, "{\"ok\":true}", "application/json")]
    [InlineData(204, null, null)]
    [InlineData(304, "cached", null)]
    [InlineData(200, null, null)]
    public void Safe_typed_bodies_and_bodiless_answers(int status, string? body, string? type)
    {
        var e = Http.Get("https://api.example.com/x", status, type, body);
        e.Response.Size = body?.Length;

        Assert.Empty(Http.Run<MissingContentTypeRule>(e));
    }
}

public sealed class MissingAcceptHeaderRuleTests
{
    [Fact]
    public void Detect_content_returned_to_a_request_without_accept() =>
        Assert.Single(Http.Run<MissingAcceptHeaderRule>(Http.Get("https://api.example.com/orders")));

    [Fact]
    public void Safe_with_accept_or_without_content()
    {
        Assert.Empty(Http.Run<MissingAcceptHeaderRule>(Http.Get("https://api.example.com/orders").WithRequestHeader("Accept", "application/json")));
        Assert.Empty(Http.Run<MissingAcceptHeaderRule>(Http.Get("https://api.example.com/orders", status: 204, body: null)));
        Assert.Empty(Http.Run<MissingAcceptHeaderRule>(Http.Get("https://api.example.com/orders", status: 404)));
    }
}

public sealed class MissingAllowHeaderRuleTests
{
    [Fact]
    public void Detect_405_without_allow() =>
        Assert.Single(Http.Run<MissingAllowHeaderRule>(Http.Get("https://api.example.com/orders", status: 405)));

    [Fact]
    public void Detect_options_without_allow()
    {
        var e = Http.Get("https://api.example.com/orders", status: 204, body: null);
        e.Request.Method = "OPTIONS";

        Assert.Single(Http.Run<MissingAllowHeaderRule>(e));
    }

    [Fact]
    public void Safe_with_allow_and_for_cors_preflight()
    {
        Assert.Empty(Http.Run<MissingAllowHeaderRule>(Http.Get("https://api.example.com/orders", status: 405).WithResponseHeader("Allow", "GET, POST")));

        var preflight = Http.Get("https://api.example.com/orders", status: 204, body: null).WithRequestHeader("Access-Control-Request-Method", "PUT");
        preflight.Request.Method = "OPTIONS";
        Assert.Empty(Http.Run<MissingAllowHeaderRule>(preflight));
    }
}
