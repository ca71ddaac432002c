namespace Vigil.Masking.Tests.Names;

public sealed class SensitiveNameTests
{
    private static readonly Masker Masker = Masker.Default;

    [Theory]
    [InlineData("password")]
    [InlineData("Password")]
    [InlineData("PASSWORD")]
    [InlineData("passwd")]
    [InlineData("pwd")]
    [InlineData("secret")]
    [InlineData("client_secret")]
    [InlineData("clientSecret")]
    [InlineData("token")]
    [InlineData("access_token")]
    [InlineData("refresh-token")]
    [InlineData("id_token")]
    [InlineData("api_key")]
    [InlineData("API-Key")]
    [InlineData("apiKey")]
    [InlineData("api.key")]
    [InlineData("api key")]
    [InlineData("X-API-Key")]
    [InlineData("Authorization")]
    [InlineData("Proxy-Authorization")]
    [InlineData("Cookie")]
    [InlineData("Set-Cookie")]
    [InlineData("card_number")]
    [InlineData("creditCard")]
    [InlineData("cc-number")]
    [InlineData("CVV")]
    [InlineData("cvc")]
    [InlineData("SSN")]
    [InlineData("pin")]
    [InlineData("PIN")]
    [InlineData("otp")]
    [InlineData("private_key")]
    [InlineData("session_id")]
    [InlineData("JSESSIONID")]
    [InlineData("X-Vigil-Key")]
    [InlineData("X-CSRF-Token")]
    [InlineData("X-Amz-Security-Token")]
    [InlineData("Ocp-Apim-Subscription-Key")]
    [InlineData("connectionString")]
    public void Detect_built_in_names_in_any_case_or_format(string name) => Assert.True(Masker.IsSensitiveName(name));

    [Theory]
    [InlineData("newPassword")]
    [InlineData("confirm_password")]
    [InlineData("client_secret_value")]
    [InlineData("csrf_token")]
    [InlineData("nextPageToken")]
    [InlineData("stripeApiKey")]
    [InlineData("ssh_private_key_pem")]
    [InlineData("primaryCardNumber")]
    [InlineData("old-passwd")]
    public void Detect_names_containing_a_strong_token(string name) => Assert.True(Masker.IsSensitiveName(name));

    [Theory]
    [InlineData("pass\u0077ord")]
    [InlineData("user[password]")]
    [InlineData("user[pin]")]
    [InlineData("card.cvv")]
    [InlineData("ns:otp")]
    [InlineData("x[cc.number")]
    [InlineData("ns:X.Vigil.Key")]
    public void Detect_short_names_as_the_last_segment_of_a_path_like_name(string name) => Assert.True(Masker.IsSensitiveName(name));

    [Theory]
    [InlineData("shipping")]
    [InlineData("spinner")]
    [InlineData("topping")]
    [InlineData("pinned")]
    [InlineData("ssnapshot")]
    [InlineData("username")]
    [InlineData("email")]
    [InlineData("user_id")]
    [InlineData("Content-Type")]
    [InlineData("Accept")]
    [InlineData("X-Request-Id")]
    [InlineData("keyboard")]
    [InlineData("author")]
    [InlineData("passenger")]
    [InlineData("")]
    [InlineData("-_. ")]
    public void Safe_ordinary_names(string name) => Assert.False(Masker.IsSensitiveName(name));

    [Fact]
    public void Safe_null_name() => Assert.False(Masker.IsSensitiveName(null!));

    [Fact]
    public void Detect_very_long_names_containing_a_token()
    {
        Assert.True(Masker.IsSensitiveName(new string('a', 5000) + "Password"));
        Assert.False(Masker.IsSensitiveName(new string('a', 5000)));
    }
}
