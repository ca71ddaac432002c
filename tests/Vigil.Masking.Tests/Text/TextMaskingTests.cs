namespace Vigil.Masking.Tests.Text;

public sealed class TextMaskingTests
{
    private static readonly Masker Masker = Masker.Default;

    [Theory]
    [InlineData("user=bob password=hunter2 remember=1", "user=bob password=**** remember=1")]
    [InlineData("Server=db;Database=shop;Password=Pa55;Encrypt=true", "Server=db;Database=shop;Password=****;Encrypt=true")]
    [InlineData("password = \"two words\" next", "password = \"****\" next")]
    [InlineData("--api-key=abc123 --verbose", "--api-key=**** --verbose")]
    [InlineData("password: hunter2, user: bob\nnext line", "password: ****\nnext line")]
    [InlineData("Authorization: Basic dXNlcjpwYXNz\r\nHost: x", "Authorization: ****\r\nHost: x")]
    [InlineData("{\"user\":\"bob\",\"secret\":\"x\"}", "{\"user\":\"bob\",\"secret\":\"****\"}")]
    [InlineData("{'token': 'abc'}", "{'token': '****'}")]
    [InlineData("\"credentials\": {\"a\": \"b\", \"c\": [1, {\"d\": \"}\"}]}, \"next\": 1", "\"credentials\": ****, \"next\": 1")]
    [InlineData("\"pin\": 1234, \"x\": 2", "\"pin\": ****, \"x\": 2")]
    [InlineData("\"password\": \"cut off", "\"password\": \"****")]
    [InlineData("<password>hunter2</password><user>bob</user>", "<password>****</password><user>bob</user>")]
    [InlineData("<ns:Password type=\"t\">hunter2</ns:Password>", "<ns:Password type=\"t\">****</ns:Password>")]
    [InlineData("<secret><value>abc</value></secret>", "<secret>****</secret>")]
    [InlineData("<apiKey><![CDATA[a<b]]></apiKey>", "<apiKey>****</apiKey>")]
    [InlineData("<token>cut off", "<token>****")]
    [InlineData("<login password=\"x\" user=\"bob\"/>", "<login password=\"****\" user=\"bob\"/>")]
    [InlineData("GET /cart;jsessionid=ABC123?x=1", "GET /cart;jsessionid=****")]
    [InlineData("{:password => \"x\", 'token' => 'y'}", "{:password => \"****\", 'token' => '****'}")]
    [InlineData("password=<hunter2> token=[abc] secret=(x y)", "password=<****> token=[****] secret=(****)")]
    [InlineData("password=<cutoff\nnext", "password=<****\nnext")]
    [InlineData("tokena= <Secret>s3cr3t</Secret>", "tokena= <****>****</Secret>")]
    [InlineData("<pin/, \"token\": \"abc\"\n\">rest", "<pin/, \"token\": \"****\"\n\">****")]
    [InlineData("key:[Api Key: abc\nnext", "key:[Api Key: ****\nnext")]
    [InlineData("<Password type=\"t\">x</Password>", "<Password type=\"t\">****</Password>")]
    public void Detect_values_of_sensitive_names_in_key_value_shapes(string text, string expected) =>
        Assert.Equal(expected, Masker.MaskText(text));

    [Theory]
    [InlineData("")]
    [InlineData("hello world")]
    [InlineData("time=10:30:00 date=2024-01-15")]
    [InlineData("see https://example.com/path?q=1")]
    [InlineData("<shipping>express</shipping><topping>cheese</topping>")]
    [InlineData("<password/><token></token>")]
    [InlineData("a == b && password != null")]
    [InlineData("dGVzdA== and cGFzc3dvcmQ=")]
    [InlineData("Reset your password by clicking below")]
    [InlineData("Zoë ñ 漢字 🙂 text")]
    public void Safe_ordinary_text_is_unchanged(string text) => Assert.Equal(text, Masker.MaskText(text));

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/xml")]
    [InlineData("application/xml")]
    [InlineData("application/octet-stream")]
    public void Detect_text_bodies(string contentType) =>
        Assert.Equal("<req><pin>****</pin></req>", Masker.MaskBody("<req><pin>1234</pin></req>", contentType));
}
