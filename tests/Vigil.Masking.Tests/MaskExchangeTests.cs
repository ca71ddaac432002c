using Vigil.Core.Capture;

namespace Vigil.Masking.Tests;

public sealed class MaskExchangeTests
{
    private const string Jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVl";

    private static CapturedExchange Sample() => new()
    {
        Request = new CapturedRequest
        {
            Method = "POST",
            Scheme = "https",
            Host = "api.example",
            Path = $"/v1/sessions/{Jwt}",
            Route = "/v1/sessions/{token}",
            Query = "lang=fr&api_key=k-123",
            Protocol = "HTTP/1.1",
            ClientIp = "203.0.113.7",
            Headers = new HeaderMap
            {
                ["Authorization"] = ["Bearer " + Jwt],
                ["Cookie"] = ["sid=abc; theme=dark"],
                ["Content-Type"] = ["application/json"],
                ["Accept"] = ["application/json"],
            },
            Body = """{"user":"bob","password":"hunter2","card":"4111 1111 1111 1111"}""",
        },
        Response = new CapturedResponse
        {
            Status = 200,
            Headers = new HeaderMap
            {
                ["Set-Cookie"] = ["sid=xyz; Path=/; Secure; HttpOnly; SameSite=Lax", "theme=dark; Path=/"],
                ["Content-Type"] = ["application/x-www-form-urlencoded"],
            },
            Body = "access_token=t0k&expires_in=3600",
        },
        Error = new CapturedError { Type = "Npgsql.NpgsqlException", Message = "connect failed: Host=db;Password=s3cret;Database=shop" },
    };

    [Fact]
    public void Detect_every_part_of_the_exchange_is_masked_in_place()
    {
        var exchange = Sample();

        Masker.Default.MaskExchange(exchange);

        var request = exchange.Request;
        Assert.Equal("/v1/sessions/****", request.Path);
        Assert.Equal("lang=fr&api_key=****", request.Query);
        Assert.Equal(["Bearer ****"], request.Headers["Authorization"]);
        Assert.Equal(["sid=****; theme=****"], request.Headers["Cookie"]);
        Assert.Equal("""{"user":"bob","password":"****","card":"****"}""", request.Body);
        Assert.Equal(["sid=****; Path=/; Secure; HttpOnly; SameSite=Lax", "theme=****; Path=/"], exchange.Response.Headers["Set-Cookie"]);
        Assert.Equal("access_token=****&expires_in=3600", exchange.Response.Body);
        Assert.Equal("connect failed: Host=db;Password=****;Database=shop", exchange.Error!.Message);
    }

    [Fact]
    public void Safe_identity_and_routing_fields_are_untouched()
    {
        var exchange = Sample();

        Masker.Default.MaskExchange(exchange);

        Assert.Equal("POST", exchange.Request.Method);
        Assert.Equal("api.example", exchange.Request.Host);
        Assert.Equal("/v1/sessions/{token}", exchange.Request.Route);
        Assert.Equal(["application/json"], exchange.Request.Headers["Accept"]);
        Assert.Equal(["application/json"], exchange.Request.Headers["Content-Type"]);
        Assert.Equal(200, exchange.Response.Status);
        Assert.Equal("Npgsql.NpgsqlException", exchange.Error!.Type);
    }

    [Theory]
    [InlineData("/reset/8f14e45fceea167a", "/reset/{token}", "/reset/****")]
    [InlineData("/base/invites/abc123/accept", "invites/{inviteToken:alpha}/accept", "/base/invites/****/accept")]
    [InlineData("/users/42/pin/1234", "/users/{id:int}/pin/{pin}", "/users/42/pin/****")]
    [InlineData("/users/42", "/users/{id}", "/users/42")]
    [InlineData("/other/abc", "/reset/{id}", "/other/abc")]
    [InlineData("/reset/Xq7rTzPw/", "/reset/{token}", "/reset/****/")]
    [InlineData("/reset/Xq7rTzPw//", "/reset/{token}", "/reset/****//")]
    [InlineData("/base/reset/Xq7rTzPw/", "reset/{token}", "/base/reset/****/")]
    [InlineData("/files/a/b/c", "/files/{**token}", "/files/****/****/****")]
    [InlineData("/other/abc", "/reset/{token}", "/****/****")]
    [InlineData("/invites/abc", "/invites/{inviteToken}/{lang?}", "/invites/****")]
    public void Detect_path_segments_bound_to_sensitive_route_parameters(string path, string route, string expected)
    {
        var exchange = new CapturedExchange
        {
            Request = new CapturedRequest { Method = "GET", Path = path, Route = route },
            Response = new CapturedResponse(),
        };

        Masker.Default.MaskExchange(exchange);

        Assert.Equal(expected, exchange.Request.Path);
    }

    [Fact]
    public void Safe_missing_parts_are_skipped()
    {
        var exchange = new CapturedExchange
        {
            Request = new CapturedRequest { Method = "GET", Path = "/", Headers = null!, Query = null! },
            Response = null!,
        };

        Masker.Default.MaskExchange(exchange);

        Assert.Null(exchange.Request.Body);
        Assert.Null(exchange.Request.Query);
    }

    [Fact]
    public void Detect_the_last_resort_redacts_everything_that_could_hold_a_secret()
    {
        var exchange = Sample();

        ExchangeMasking.RedactAll(exchange);

        Assert.All(exchange.Request.Headers.Values.SelectMany(v => v), v => Assert.Equal(Masker.Redacted, v));
        Assert.All(exchange.Response.Headers.Values.SelectMany(v => v), v => Assert.Equal(Masker.Redacted, v));
        Assert.Equal(Masker.Redacted, exchange.Request.Query);
        Assert.Equal("/" + Masker.Redacted, exchange.Request.Path);
        Assert.Equal(Masker.Redacted, exchange.Request.Body);
        Assert.Equal(Masker.Redacted, exchange.Response.Body);
        Assert.Equal(Masker.Redacted, exchange.Error!.Message);
    }

    [Fact]
    public void Safe_masking_is_idempotent()
    {
        var once = Sample();
        Masker.Default.MaskExchange(once);
        var twice = Sample();
        Masker.Default.MaskExchange(twice);
        Masker.Default.MaskExchange(twice);

        Assert.Equal(once.Request.Body, twice.Request.Body);
        Assert.Equal(once.Request.Query, twice.Request.Query);
        Assert.Equal(once.Request.Headers["Cookie"], twice.Request.Headers["Cookie"]);
        Assert.Equal(once.Response.Headers["Set-Cookie"], twice.Response.Headers["Set-Cookie"]);
        Assert.Equal(once.Error!.Message, twice.Error!.Message);
    }

    [Fact]
    public void Safe_concurrent_use_of_one_masker_gives_the_same_results()
    {
        var expected = Sample();
        Masker.Default.MaskExchange(expected);

        Parallel.For(0, 2000, _ =>
        {
            var exchange = Sample();
            Masker.Default.MaskExchange(exchange);
            Assert.Equal(expected.Request.Body, exchange.Request.Body);
            Assert.Equal(expected.Error!.Message, exchange.Error!.Message);
        });
    }
}
