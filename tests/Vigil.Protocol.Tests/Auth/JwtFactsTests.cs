using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Vigil.Core.Capture;
using Vigil.Protocol.Auth;
using Vigil.Protocol.Validation;

namespace Vigil.Protocol.Tests.Auth;

public sealed class JwtFactsTests
{
    private static string B64(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    private static string Hs256(string payload, string secret, string header = """{"alg":"HS256","typ":"JWT"}""")
    {
        var input = B64(header) + "." + B64(payload);
        return input + "." + Base64Url.EncodeToString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(input)));
    }

    [Fact]
    public void Hs256_signed_with_secret_is_flagged_weak_and_times_are_read()
    {
        var auth = JwtFacts.From("Bearer " + Hs256("""{"sub":"42","iat":1700000000,"exp":1700003600,"nbf":1700000000}""", "secret"));

        Assert.NotNull(auth);
        Assert.Equal("Bearer", auth.Scheme);
        var jwt = auth.Jwt!;
        Assert.Equal("HS256", jwt.Alg);
        Assert.Equal("JWT", jwt.Typ);
        Assert.True(jwt.WeakSecret);
        Assert.True(jwt.HasExp);
        Assert.Equal(3600, jwt.LifetimeSeconds);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700003600), jwt.ExpiresAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), jwt.IssuedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), jwt.NotBefore);
    }

    [Fact]
    public void Hs512_and_hs384_with_weak_secrets_are_flagged_too()
    {
        var input = B64("""{"alg":"HS512"}""") + "." + B64("""{"sub":"1"}""");
        var token = input + "." + Base64Url.EncodeToString(HMACSHA512.HashData("changeme"u8, Encoding.ASCII.GetBytes(input)));
        Assert.True(JwtFacts.FromToken(token)!.WeakSecret);

        input = B64("""{"alg":"HS384"}""") + "." + B64("""{"sub":"1"}""");
        token = input + "." + Base64Url.EncodeToString(HMACSHA384.HashData("not-weak-at-all-7f3a9c"u8, Encoding.ASCII.GetBytes(input)));
        Assert.False(JwtFacts.FromToken(token)!.WeakSecret);
    }

    [Fact]
    public void A_strong_secret_is_not_flagged()
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var jwt = JwtFacts.From("Bearer " + Hs256("""{"sub":"42","exp":1700003600}""", secret))!.Jwt!;

        Assert.False(jwt.WeakSecret);
        Assert.True(jwt.HasExp);
        Assert.Null(jwt.LifetimeSeconds);
    }

    [Fact]
    public void Alg_none_is_read_with_an_empty_signature()
    {
        var jwt = JwtFacts.From("bearer " + B64("""{"alg":"none"}""") + "." + B64("""{"sub":"admin"}""") + ".")!.Jwt!;

        Assert.Equal("none", jwt.Alg);
        Assert.Null(jwt.WeakSecret);
        Assert.False(jwt.HasExp);
    }

    [Fact]
    public void Rs256_without_exp_has_no_secret_verdict()
    {
        var token = B64("""{"alg":"RS256","kid":"k1"}""") + "." + B64("""{"sub":"42","iat":1700000000}""") + "." + Base64Url.EncodeToString(new byte[256]);
        var jwt = JwtFacts.FromToken(token)!;

        Assert.Equal("RS256", jwt.Alg);
        Assert.False(jwt.HasExp);
        Assert.Null(jwt.WeakSecret);
        Assert.Null(jwt.LifetimeSeconds);
    }

    [Fact]
    public void Other_schemes_are_recorded_without_jwt_facts_and_a_bare_jwt_counts_as_bearer()
    {
        Assert.Equal("Basic", JwtFacts.From("Basic dXNlcjpwYXNz")!.Scheme);
        Assert.Null(JwtFacts.From("Basic dXNlcjpwYXNz")!.Jwt);
        Assert.Equal("ApiKey", JwtFacts.From("ApiKey abc")!.Scheme);
        Assert.Null(JwtFacts.From("Bearer opaque-token")!.Jwt);
        Assert.Equal("Bearer", JwtFacts.From(Hs256("""{"sub":"1"}""", "secret"))!.Scheme);
        Assert.Null(JwtFacts.From("opaque"));
        Assert.Null(JwtFacts.From(""));
        Assert.Null(JwtFacts.From(null));
        Assert.Null(JwtFacts.From(new string('A', 40) + " x"));
    }

    [Theory]
    [InlineData("Bearer ...")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer eyJhbGciOiJIUzI1NiJ9")]
    [InlineData("Bearer eyJhbGciOiJIUzI1NiJ9.")]
    [InlineData("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0Mi")]
    [InlineData("Bearer eyJhbGciOiJIUzI1NiJ9.e30.x.y.z")]
    [InlineData("Bearer e30.e30.e30")]
    [InlineData("Bearer W10.e30.e30")]
    [InlineData("Bearer eyJhbGciOjF9.e30.e30")]
    [InlineData("Bearer eyJhbGciOiJIUzI1NiJ9.W10.e30")]
    [InlineData("Bearer eyJhbGciOiJIUzI1NiJ9.e30.!!!")]
    [InlineData("Bearer eyJhbGciOiJIUzI1NiJ9.eyJleHAiOiJzb29uIiwiaWF0IjotNX0.e30")]
    [InlineData("Bearer \u0000\u0001.\uffff.\ud800")]
    public void Garbage_and_truncated_tokens_never_throw(string header)
    {
        var auth = JwtFacts.From(header);

        if (auth?.Jwt is { } jwt)
        {
            Assert.False(string.IsNullOrEmpty(jwt.Alg));
        }
    }

    [Fact]
    public void Non_numeric_or_negative_times_are_ignored()
    {
        var jwt = JwtFacts.FromToken(B64("""{"alg":"RS256"}""") + "." + B64("""{"exp":"soon","iat":-5,"nbf":1e300}""") + ".sig")!;

        Assert.False(jwt.HasExp);
        Assert.Null(jwt.IssuedAt);
        Assert.Null(jwt.NotBefore);
    }

    [Fact]
    public void Huge_tokens_and_long_alg_values_are_refused_quietly()
    {
        var huge = B64("""{"alg":"HS256"}""") + "." + new string('A', 1_000_000) + ".sig";
        Assert.Null(JwtFacts.From("Bearer " + huge)!.Jwt);

        var deep = B64("""{"alg":"HS256"}""") + "." + B64(new string('[', 5000) + new string(']', 5000)) + ".sig";
        Assert.Null(JwtFacts.FromToken(deep));

        var longAlg = B64("{\"alg\":\"" + new string('H', 200) + "\"}") + "." + B64("{}") + ".sig";
        Assert.Null(JwtFacts.FromToken(longAlg));
    }

    [Fact]
    public void Extracted_facts_pass_the_validator_and_never_contain_the_token()
    {
        var token = Hs256("""{"sub":"alice@example.com","iat":1700000000,"exp":1700003600}""", "secret");
        var exchange = new CapturedExchange
        {
            Timestamp = DateTimeOffset.UtcNow,
            DurationMs = 1,
            Request = new() { Method = "GET", Scheme = "https", Host = "h", Path = "/", Protocol = "HTTP/2", ClientIp = "", Auth = JwtFacts.From("Bearer " + token) },
            Response = new() { Status = 200 },
        };

        Assert.Empty(new IngestBatchValidator(TimeProvider.System).ValidateEvent(exchange));
        var json = System.Text.Json.JsonSerializer.Serialize(exchange, ProtocolJson.Exchange);
        Assert.Contains("\"auth\":{\"scheme\":\"Bearer\",\"jwt\":{\"alg\":\"HS256\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[1], json, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[2], json, StringComparison.Ordinal);
        Assert.DoesNotContain("alice", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_bounds_the_auth_strings()
    {
        var exchange = new CapturedExchange
        {
            Timestamp = DateTimeOffset.UtcNow,
            DurationMs = 1,
            Request = new()
            {
                Method = "GET", Scheme = "https", Host = "h", Path = "/", Protocol = "HTTP/2", ClientIp = "",
                Auth = new CapturedAuth { Scheme = new string('B', 33), Jwt = new CapturedJwt { Alg = new string('H', 33), Typ = new string('T', 33) } },
            },
            Response = new() { Status = 200 },
        };

        var fields = new IngestBatchValidator(TimeProvider.System).ValidateEvent(exchange).Select(e => e.Field).ToList();

        Assert.Equal(["event.request.auth.scheme", "event.request.auth.jwt.alg", "event.request.auth.jwt.typ"], fields);
    }

    [Fact]
    public void Repeated_tokens_hit_the_cache_and_the_cache_stays_bounded()
    {
        var token = Hs256("""{"sub":"cache-check"}""", "secret");
        Assert.True(JwtFacts.FromToken(token)!.WeakSecret);
        Assert.True(JwtFacts.FromToken(token)!.WeakSecret);

        for (var i = 0; i < JwtFacts.MaxCachedVerdicts + 50; i++)
        {
            var input = B64("""{"alg":"HS256"}""") + "." + B64("{\"n\":" + i + "}");
            JwtFacts.FromToken(input + "." + Base64Url.EncodeToString(new byte[32]));
            Assert.True(JwtFacts.CachedVerdicts <= JwtFacts.MaxCachedVerdicts);
        }
    }
}
