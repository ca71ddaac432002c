using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Vigil.Core.Capture;
using Vigil.Detection.Rules.Authentication;
using Vigil.Detection.Tests.Support;
using Vigil.Protocol.Auth;

namespace Vigil.Detection.Tests.Rules;

/// <summary>Builds real tokens and turns them into the facts the SDK would ship.</summary>
internal static class Jwt
{
    // Http.Get stamps events at 2026-11-21T12:00:00Z.
    public static readonly long Now = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    public static readonly string StrongSecret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string B64(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    public static string Hs256(string payload, string? secret = null)
    {
        var input = B64("""{"alg":"HS256","typ":"JWT"}""") + "." + B64(payload);
        return input + "." + Base64Url.EncodeToString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret ?? StrongSecret), Encoding.ASCII.GetBytes(input)));
    }

    public static string None(string payload) => B64("""{"alg":"none"}""") + "." + B64(payload) + ".";

    /// <summary>A fresh one-hour token payload around the test clock.</summary>
    public static string Fresh => $$"""{"sub":"42","iat":{{Now - 60}},"exp":{{Now + 3540}}}""";

    /// <summary>An exchange carrying the token the way the collector sees it: header masked, facts attached.</summary>
    public static CapturedExchange Request(string token, int status = 200)
    {
        var e = Http.Get("https://api.example.com/api/orders", status).WithRequestHeader("Authorization", "Bearer ****");
        e.Request.Auth = JwtFacts.From("Bearer " + token);
        return e;
    }
}

public sealed class JwtAlgNoneRuleTests
{
    [Fact]
    public void Detect_an_accepted_unsigned_token()
    {
        var token = Jwt.None(Jwt.Fresh);
        var finding = Assert.Single(Http.Run<JwtAlgNoneRule>(Jwt.Request(token)));

        Assert.Equal("VG1105", finding.RuleId);
        Assert.Equal("request.headers.Authorization", finding.Location);
        Assert.DoesNotContain(token.Split('.')[1], finding.Evidence!, StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_signed_tokens_rejected_probes_and_requests_without_facts()
    {
        Assert.Empty(Http.Run<JwtAlgNoneRule>(Jwt.Request(Jwt.Hs256(Jwt.Fresh))));
        Assert.Empty(Http.Run<JwtAlgNoneRule>(Jwt.Request(Jwt.None(Jwt.Fresh), status: 401)));
        Assert.Empty(Http.Run<JwtAlgNoneRule>(Http.Get("https://api.example.com/o").WithRequestHeader("Authorization", "Bearer ****")));
    }
}

public sealed class JwtWithoutExpiryRuleTests
{
    [Fact]
    public void Detect_an_accepted_token_without_exp() =>
        Assert.Equal("VG1106", Assert.Single(Http.Run<JwtWithoutExpiryRule>(Jwt.Request(Jwt.Hs256("""{"sub":"42"}""")))).RuleId);

    [Fact]
    public void Safe_with_exp_or_when_rejected()
    {
        Assert.Empty(Http.Run<JwtWithoutExpiryRule>(Jwt.Request(Jwt.Hs256(Jwt.Fresh))));
        Assert.Empty(Http.Run<JwtWithoutExpiryRule>(Jwt.Request(Jwt.Hs256("""{"sub":"42"}"""), status: 401)));
    }
}

public sealed class ExpiredJwtAcceptedRuleTests
{
    [Fact]
    public void Detect_a_token_expired_an_hour_before_the_request_answered_200()
    {
        var finding = Assert.Single(Http.Run<ExpiredJwtAcceptedRule>(Jwt.Request(Jwt.Hs256($$"""{"iat":{{Jwt.Now - 7200}},"exp":{{Jwt.Now - 3600}}}"""))));

        Assert.Equal("VG1107", finding.RuleId);
        Assert.Contains("1 h", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_when_fresh_within_clock_skew_or_rejected()
    {
        Assert.Empty(Http.Run<ExpiredJwtAcceptedRule>(Jwt.Request(Jwt.Hs256(Jwt.Fresh))));
        Assert.Empty(Http.Run<ExpiredJwtAcceptedRule>(Jwt.Request(Jwt.Hs256($$"""{"exp":{{Jwt.Now - 60}}}"""))));
        Assert.Empty(Http.Run<ExpiredJwtAcceptedRule>(Jwt.Request(Jwt.Hs256($$"""{"exp":{{Jwt.Now - 3600}}}"""), status: 401)));
    }
}

public sealed class LongLivedJwtRuleTests
{
    [Fact]
    public void Detect_a_thirty_day_token() =>
        Assert.Equal("VG1108", Assert.Single(Http.Run<LongLivedJwtRule>(Jwt.Request(Jwt.Hs256($$"""{"iat":{{Jwt.Now}},"exp":{{Jwt.Now + (30 * 86400)}}}""")))).RuleId);

    [Fact]
    public void Safe_at_one_hour_at_exactly_the_bound_or_without_iat()
    {
        Assert.Empty(Http.Run<LongLivedJwtRule>(Jwt.Request(Jwt.Hs256(Jwt.Fresh))));
        Assert.Empty(Http.Run<LongLivedJwtRule>(Jwt.Request(Jwt.Hs256($$"""{"iat":{{Jwt.Now}},"exp":{{Jwt.Now + 86400}}}"""))));
        Assert.Empty(Http.Run<LongLivedJwtRule>(Jwt.Request(Jwt.Hs256($$"""{"exp":{{Jwt.Now + (30 * 86400)}}}"""))));
    }
}

public sealed class WeakJwtSecretRuleTests
{
    [Fact]
    public void Detect_a_token_signed_with_secret()
    {
        var token = Jwt.Hs256(Jwt.Fresh, "secret");
        var finding = Assert.Single(Http.Run<WeakJwtSecretRule>(Jwt.Request(token)));

        Assert.Equal("VG1109", finding.RuleId);
        Assert.DoesNotContain("secret\"", finding.Evidence!, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[2], finding.Evidence!, StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_with_a_random_key_an_asymmetric_alg_or_when_rejected()
    {
        Assert.Empty(Http.Run<WeakJwtSecretRule>(Jwt.Request(Jwt.Hs256(Jwt.Fresh))));
        Assert.Empty(Http.Run<WeakJwtSecretRule>(Jwt.Request(Jwt.B64("""{"alg":"RS256"}""") + "." + Jwt.B64(Jwt.Fresh) + "." + Base64Url.EncodeToString(new byte[256]))));
        Assert.Empty(Http.Run<WeakJwtSecretRule>(Jwt.Request(Jwt.Hs256(Jwt.Fresh, "secret"), status: 401)));
    }
}
