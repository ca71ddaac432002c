namespace Vigil.Masking.Tests.Patterns;

public sealed class TokenPatternTests
{
    private const string Jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    private static readonly Masker Masker = Masker.Default;

    [Theory]
    [InlineData(Jwt, "****")]
    [InlineData("token " + Jwt + " end", "token **** end")]
    [InlineData("/api/session/" + Jwt + "/refresh", "/api/session/****/refresh")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.", "****")]
    [InlineData("cut eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0", "cut ****")]
    public void Detect_jwts(string text, string expected) => Assert.Equal(expected, Masker.MaskText(text));

    [Theory]
    [InlineData("eyJ")]
    [InlineData("eyJhbGciOi")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9 is a header")]
    [InlineData("file eyJx.eyJy.png")]
    [InlineData("version 1.2.3")]
    public void Safe_jwt_lookalikes(string text) => Assert.Equal(text, Masker.MaskText(text));

    [Theory]
    [InlineData("Authorization: Bearer abcdefghijklmnop", "Authorization: ****")]
    [InlineData("sent Bearer abcdefghijklmnop=", "sent Bearer ****")]
    [InlineData("header was bearer  a1b2c3d4e5f6g7h8, retrying", "header was bearer  ****, retrying")]
    [InlineData("BEARER a1b2c3d4e5f6g7h8", "BEARER ****")]
    [InlineData("cut off: Bearer abc", "cut off: Bearer ****")]
    public void Detect_bearer_tokens_keep_the_word(string text, string expected) => Assert.Equal(expected, Masker.MaskText(text));

    [Theory]
    [InlineData("X-Forwarded-Authorization: Basic dXNlcjpwYXNz", "X-Forwarded-Authorization: Basic ****")]
    [InlineData("logged basic YWxhZGRpbjpvcGVuc2VzYW1l ok", "logged basic **** ok")]
    [InlineData("cut: Basic dXNlcjpwYXNzd29y", "cut: Basic ****")]
    public void Detect_basic_credentials_that_decode_to_user_and_password(string text, string expected) =>
        Assert.Equal(expected, Masker.MaskText(text));

    [Theory]
    [InlineData("Upgrade to the Basic plan today")]
    [InlineData("basic information only")]
    [InlineData("Basic dGVzdA== is base64 of test")]
    public void Safe_basic_in_prose_or_without_a_colon(string text) => Assert.Equal(text, Masker.MaskText(text));

    [Theory]
    [InlineData("the bearer of bad news said so")]
    [InlineData("Bearer")]
    [InlineData("use a Bearer token here")]
    public void Safe_bearer_in_prose(string text) => Assert.Equal(text, Masker.MaskText(text));

    [Theory]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----", "****")]
    [InlineData("k=-----BEGIN PRIVATE KEY-----\nMIIEvQ\n-----END PRIVATE KEY----- tail", "k=**** tail")]
    [InlineData("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIF", "****")]
    [InlineData("x -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\ny", "x ****\ny")]
    [InlineData("-----BEGIN EC PRIVATE KEY-----\nMHc\n-----END", "****")]
    [InlineData("-----BEGIN PGP PRIVATE KEY BLOCK-----\nlQ\n-----END PGP PRIVATE KEY BLOCK-----", "****")]
    public void Detect_pem_private_keys_through_their_end_or_the_end_of_text(string text, string expected) =>
        Assert.Equal(expected, Masker.MaskText(text));

    [Theory]
    [InlineData("-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----")]
    [InlineData("-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----")]
    [InlineData("-----BEGIN RSA PRIV")]
    public void Safe_public_pem_blocks(string text) => Assert.Equal(text, Masker.MaskText(text));

    [Theory]
    [InlineData("failed: postgres://app:s3cr3t@db:5432/orders", "failed: postgres://app:****@db:5432/orders")]
    [InlineData("https://user:p%40ss@example.com/x", "https://user:****@example.com/x")]
    [InlineData("ghp_0123456789abcdefghijABCDEFGHIJ012345 leaked", "**** leaked")]
    [InlineData("key sk_live_51H8abcdEFGHijklMNOP", "key ****")]
    [InlineData("AKIAIOSFODNN7EXAMPLE", "****")]
    [InlineData("slack xoxb-1234567890-abcdefghij", "slack ****")]
    [InlineData("AIzaSyA-1234567890abcdefghijklmnopqrstu", "****")]
    public void Detect_url_passwords_and_vendor_prefixed_keys(string text, string expected) =>
        Assert.Equal(expected, Masker.MaskText(text));

    [Theory]
    [InlineData("see https://example.com/a@b")]
    [InlineData("mailto:bob@example.com")]
    [InlineData("https://user@example.com/")]
    [InlineData("task-ghp_ and sk_live_short")]
    public void Safe_lookalikes_of_credentials(string text) => Assert.Equal(text, Masker.MaskText(text));
}
