namespace Vigil.Masking.Tests.Json;

/// <summary>The SDK caps bodies, so a JSON body can end anywhere. Every cut of a document must still be safe.</summary>
public sealed class TruncatedJsonTests
{
    private const string Card = "4111 1111 1111 1111";
    private const string Jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

    // Secrets under sensitive names: not even a 4-character prefix of them may survive a cut.
    private static readonly string[] NamedSecrets = ["SxPw7vK2pLr9mWz", "SxKey4nB8cTq3sYe", "SxTok6dF1gZk5rUo", "SxSes2pN9xLc7vBa", "492817"];

    private static readonly string Document = $$$"""
        {
          "user": {"name": "Zoë", "email": "z@example.com", "password": "{{{NamedSecrets[0]}}}"},
          "items": [
            {"sku": "A-1", "qty": 2, "note": "paid by card {{{Card}}} thanks"},
            {"apiKey": {"id": 1, "value": "{{{NamedSecrets[1]}}}"}}
          ],
          "login": {"access_token": "{{{NamedSecrets[2]}}}", "pin": {{{NamedSecrets[4]}}}, "hint": "{{{Jwt}}}"},
          "session": ["{{{NamedSecrets[3]}}}"],
          "tail": "end ✓"
        }
        """;

    [Fact]
    public void Detect_no_cut_position_leaks_a_planted_secret()
    {
        var masker = Masker.Default;
        for (var cut = 0; cut <= Document.Length; cut++)
        {
            var masked = masker.MaskBody(Document[..cut], "application/json");

            foreach (var secret in NamedSecrets)
            {
                Assert.False(masked.Contains(secret[..4], StringComparison.Ordinal), $"cut {cut} leaked a prefix of {secret}: {masked}");
            }

            Assert.False(masked.Contains(Card, StringComparison.Ordinal), $"cut {cut} leaked the card: {masked}");
            Assert.False(masked.Contains(Jwt, StringComparison.Ordinal), $"cut {cut} leaked the JWT: {masked}");
        }
    }

    [Fact]
    public void Safe_the_parsed_prefix_keeps_its_text()
    {
        var cut = Document.IndexOf("\"tail\"", StringComparison.Ordinal) + 3;
        var masked = Masker.Default.MaskBody(Document[..cut], "application/json");

        Assert.StartsWith("{\n  \"user\": {\"name\": \"Zoë\", \"email\": \"z@example.com\", \"password\": \"****\"}", masked, StringComparison.Ordinal);
        Assert.EndsWith("\"session\": \"****\",\n  \"ta", masked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"a\":1,\"password\":\"hun", "{\"a\":1,\"password\":\"****\"")]
    [InlineData("{\"a\":1,\"password\": 12", "{\"a\":1,\"password\": \"****\"")]
    [InlineData("{\"a\":1,\"password\":{\"x\":[\"hun", "{\"a\":1,\"password\":\"****\"")]
    [InlineData("{\"a\":1,\"password\":", "{\"a\":1,\"password\":")]
    [InlineData("{\"a\":1,\"passw", "{\"a\":1,\"passw")]
    [InlineData("{\"a\":\"x\",\"note\":\"Bearer abcdefghijklmnop", "{\"a\":\"x\",\"note\":\"Bearer ****")]
    [InlineData("{\"n\": 4111111111111111", "{\"n\": ****")]
    public void Detect_the_pending_value_at_the_cut(string body, string expected) =>
        Assert.Equal(expected, Masker.Default.MaskBody(body, "application/json"));
}
