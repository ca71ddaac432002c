namespace Vigil.Masking.Tests.Json;

/// <summary>
/// Secrets planted at the edge of each shortcut the JSON walk takes: the body-wide value-pattern proof
/// (no anchor, no card candidate), the per-string separator test, and the cached name verdicts.
/// </summary>
public sealed class PreCheckTests
{
    private static readonly Masker Masker = Masker.Default;

    [Theory]
    // Cards as printed: a 4-digit first group followed by a separator and a digit is all the proof lets through.
    [InlineData("""{"note":"pay with 4111 1111 1111 1111 please"}""", """{"note":"pay with **** please"}""")]
    [InlineData("""{"note":"4111-1111-1111-1111"}""", """{"note":"****"}""")]
    [InlineData("""{"note":"4111+1111+1111+1111"}""", """{"note":"****"}""")]
    [InlineData("""{"note":"3782 822463 10005"}""", """{"note":"****"}""")]
    [InlineData("""{"note":"x4111111111111111"}""", """{"note":"x4111111111111111"}""")]
    [InlineData("""{"n":4111111111111111}""", """{"n":"****"}""")]
    // Runs of four split across the proof's 16-char blocks, at every offset.
    [InlineData("""{"note":"abcdefg4111 1111 1111 1111"}""", """{"note":"abcdefg4111 1111 1111 1111"}""")]
    [InlineData("""{"note":"abcdef 4111 1111 1111 1111"}""", """{"note":"abcdef ****"}""")]
    [InlineData("""{"note":"abcdefgh 4111 1111 1111 1111"}""", """{"note":"abcdefgh ****"}""")]
    [InlineData("""{"note":"abcdefghijklm 4111111111111111"}""", """{"note":"abcdefghijklm ****"}""")]
    // Chars whose low byte is a digit (U+0130, U+0131, U+0134) look like digits to the vector test; the card after them counts.
    [InlineData("""{"note":"İıİıĴĴĴĴİıİıĴĴĴĴİıİı 4111111111111111"}""", """{"note":"İıİıĴĴĴĴİıİıĴĴĴĴİıİı ****"}""")]
    [InlineData("""{"note":"İıİıĴĴĴĴİıİıĴĴĴĴİıİıİıİıĴĴĴĴ"}""", """{"note":"İıİıĴĴĴĴİıİıĴĴĴĴİıİıİıİıĴĴĴĴ"}""")]
    // JWTs at a string's very end, and cut off there.
    [InlineData("""{"a":"x eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"}""", """{"a":"x ****"}""")]
    [InlineData("""{"a":"x eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0"}""", """{"a":"x ****"}""")]
    // Anchors and separators that exist only once escapes are decoded: the raw body proves nothing about them.
    [InlineData("""{"t":"ey\u004ahbGciOiJIUzI1NiJ9.ey\u004azdWIiOiIxIn0.c2ln"}""", """{"t":"****"}""")]
    [InlineData("""{"c":"4111\u00201111\u00201111\u00201111"}""", """{"c":"****"}""")]
    [InlineData("""{"note":"password\u003dhunter2"}""", """{"note":"password=****"}""")]
    [InlineData("""{"note":"\u0042earer abcdefghijklmnop"}""", """{"note":"Bearer ****"}""")]
    // No value pattern in the body, but a key/value pair inside one string.
    [InlineData("""{"note":"password=hunter2","sku":"SKU-000001-BLK"}""", """{"note":"password=****","sku":"SKU-000001-BLK"}""")]
    [InlineData("""{"note":"<pin>1234</pin>"}""", """{"note":"<pin>****</pin>"}""")]
    // A value pattern in one string makes the whole body pay for the scanners, including other strings.
    [InlineData("""{"a":"Bearer abcdefghijklmnop","b":"token: xyz"}""", """{"a":"Bearer ****","b":"token: ****"}""")]
    public void Detect_secrets_at_the_edge_of_the_body_proof(string body, string expected) =>
        Assert.Equal(expected, Masker.MaskBody(body, "application/json"));

    [Theory]
    [InlineData("""{"p_a-s.s word":"hunter2"}""", """{"p_a-s.s word":"****"}""")]
    [InlineData("""[{"p_a-s.s word":"a"},{"p_a-s.s word":"b"},{"P-A-S-S-W-O-R-D":"c"}]""", """[{"p_a-s.s word":"****"},{"p_a-s.s word":"****"},{"P-A-S-S-W-O-R-D":"****"}]""")]
    [InlineData("""[{"pass\u0077ord":"a"},{"password":"b"},{"pass\u0077ord":"c"}]""", """[{"pass\u0077ord":"****"},{"password":"****"},{"pass\u0077ord":"****"}]""")]
    [InlineData("""[{"name":"p_a-s.s word","value":"a"},{"name":"p_a-s.s word","value":"b"}]""", """[{"name":"p_a-s.s word","value":"****"},{"name":"p_a-s.s word","value":"****"}]""")]
    [InlineData("""[{"user[pin]":1},{"user[pin]":2},{"user_pin":3}]""", """[{"user[pin]":"****"},{"user[pin]":"****"},{"user_pin":3}]""")]
    public void Detect_sensitive_names_however_spelled_and_however_often(string body, string expected) =>
        Assert.Equal(expected, Masker.MaskBody(body, "application/json"));

    [Fact]
    public void Detect_sensitive_names_among_thousands_of_distinct_names()
    {
        // More names than the verdict cache has slots, so entries collide and are evicted between the two passes.
        var names = Enumerable.Range(0, 5000).Select(i => $"field{i}").ToList();
        names.Insert(2500, "api_key");
        var body = "{" + string.Join(",", names.Select(n => $"\"{n}\":\"v{n}\"")) + "}";

        for (var pass = 0; pass < 2; pass++)
        {
            var masked = Masker.MaskBody(body, "application/json");
            Assert.Contains("\"api_key\":\"****\"", masked, StringComparison.Ordinal);
            Assert.Contains("\"field2499\":\"vfield2499\"", masked, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Verdicts_belong_to_one_masker()
    {
        var relaxed = new Masker(new MaskingOptions { RemovedNames = ["password"], AdditionalNames = ["orderRef"] });
        const string Body = """{"password":"x","order_ref":"y"}""";

        Assert.Equal("""{"password":"x","order_ref":"****"}""", relaxed.MaskBody(Body, "application/json"));
        Assert.Equal("""{"password":"****","order_ref":"y"}""", Masker.MaskBody(Body, "application/json"));
        Assert.Equal("""{"password":"x","order_ref":"****"}""", relaxed.MaskBody(Body, "application/json"));
    }

    [Fact]
    public void Bodies_with_nothing_to_mask_come_back_as_the_same_instance()
    {
        const string Body = """{"customerId":"cus_8f14e45fceea167a5a36dedd4bea2543","lines":[{"sku":"SKU-000001-BLK","quantity":1,"unitPrice":13.5}]}""";

        Assert.Same(Body, Masker.MaskBody(Body, "application/json"));
    }
}
