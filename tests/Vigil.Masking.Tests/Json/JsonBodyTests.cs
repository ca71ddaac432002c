namespace Vigil.Masking.Tests.Json;

public sealed class JsonBodyTests
{
    private static readonly Masker Masker = Masker.Default;

    public static TheoryData<string, string> SensitiveValues => new()
    {
        { """{"password":"hunter2"}""", """{"password":"****"}""" },
        { """{"pin":1234}""", """{"pin":"****"}""" },
        { """{"otp":true,"cvv":null,"ssn":-1.5e3}""", """{"otp":"****","cvv":"****","ssn":"****"}""" },
        { """{"credentials":{"user":"bob","pass":"x"},"id":7}""", """{"credentials":"****","id":7}""" },
        { """{"tokens":["a","b",{"c":1}],"id":7}""", """{"tokens":"****","id":7}""" },
        { """{"apiKey":{}, "secret":[]}""", """{"apiKey":"****", "secret":"****"}""" },
        { """{"a":{"b":{"c":[{"d":{"newPassword":"x"}}]}}}""", """{"a":{"b":{"c":[{"d":{"newPassword":"****"}}]}}}""" },
        { """[{"token":"a"},{"token":"b"}]""", """[{"token":"****"},{"token":"****"}]""" },
        { """{"pass\u0077ord":"x","\u0074oken":"y"}""", """{"pass\u0077ord":"****","\u0074oken":"****"}""" },
        { """{"Client_Secret":"x","API-KEY":"y"}""", """{"Client_Secret":"****","API-KEY":"****"}""" },
        { """{"password":"with \"escapes\" and \\ slashes"}""", """{"password":"****"}""" },
        { """{"user":{"password":"x"},"password":"y"}""", """{"user":{"password":"****"},"password":"****"}""" },
        { """{"a":1,}""", """{"a":1,}""" },
    };

    [Theory]
    [MemberData(nameof(SensitiveValues))]
    public void Detect_values_under_sensitive_names_of_any_type(string body, string expected) =>
        Assert.Equal(expected, Masker.MaskBody(body, "application/json"));

    [Theory]
    [InlineData("""[{"name":"password","value":"hunter2"},{"name":"user","value":"bob"}]""", """[{"name":"password","value":"****"},{"name":"user","value":"bob"}]""")]
    [InlineData("""{"value":"hunter2","name":"Password"}""", """{"value":"****","name":"Password"}""")]
    [InlineData("""{"Value":{"a":1},"Key":"api_key"}""", """{"Value":{"a":1},"Key":"api_key"}""")]
    [InlineData("""{"Key":"api_key","Value":{"a":1}}""", """{"Key":"api_key","Value":"****"}""")]
    [InlineData("""{"credentials":[{"type":"password","value":"x","temporary":false}]}""", """{"credentials":"****"}""")]
    [InlineData("""{"attrs":[{"type":"pin","value":1234,"temporary":false}]}""", """{"attrs":[{"type":"pin","value":"****","temporary":false}]}""")]
    [InlineData("""{"headers":[{"name":"Authorization","value":"Basic dXNlcjpwYXNz"}]}""", """{"headers":[{"name":"Authorization","value":"****"}]}""")]
    [InlineData("""{"name":"password","x":{"value":"kept"}}""", """{"name":"password","x":{"value":"kept"}}""")]
    [InlineData("""{"name":"password","value":"hun""", "{\"name\":\"password\",\"value\":\"****\"")]
    public void Detect_values_named_by_a_sibling(string body, string expected) =>
        Assert.Equal(expected, Masker.MaskBody(body, "application/json"));

    [Fact]
    public void Safe_formatting_of_unmasked_parts_is_preserved()
    {
        const string Body = "{\n  \"name\" :  \"Zoë\",\r\n\t\"price\": 1.50e2,  \"tags\": [ \"a\" ,\"b\" ],\n  \"password\": \"x\",\n  \"esc\": \"caf\\u00e9\"\n}\n";
        const string Expected = "{\n  \"name\" :  \"Zoë\",\r\n\t\"price\": 1.50e2,  \"tags\": [ \"a\" ,\"b\" ],\n  \"password\": \"****\",\n  \"esc\": \"caf\\u00e9\"\n}\n";

        Assert.Equal(Expected, Masker.MaskBody(Body, "application/json"));
    }

    [Theory]
    [InlineData("""{"note":"paid with 4111 1111 1111 1111 today"}""", """{"note":"paid with **** today"}""")]
    [InlineData("""{"n":4111111111111111,"m":4111111111111112}""", """{"n":"****","m":4111111111111112}""")]
    [InlineData("""{"h":"Bearer abcdefghijklmnop"}""", """{"h":"Bearer ****"}""")]
    [InlineData("""{"t":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"}""", """{"t":"****"}""")]
    [InlineData("""{"k":"-----BEGIN PRIVATE KEY-----\nMIIEvQ\n-----END PRIVATE KEY-----\n"}""", """{"k":"****\n"}""")]
    [InlineData("""{"q":"user=bob&password=x"}""", """{"q":"user=bob&password=****"}""")]
    [InlineData("""{"inner":"{\"password\":\"x\",\"a\":\"\u00e9\"}"}""", """{"inner":"{\"password\":\"****\",\"a\":\"é\"}"}""")]
    public void Detect_value_patterns_in_ordinary_strings_mask_only_the_match(string body, string expected) =>
        Assert.Equal(expected, Masker.MaskBody(body, "application/json"));

    [Theory]
    [InlineData("""{"4111 1111 1111 1111": {"limit": 5}}""", """{"****": {"limit": 5}}""")]
    [InlineData("""{"sessions": {"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln": 1}}""", """{"sessions": {"****": 1}}""")]
    [InlineData("""{"customer_reference": 1}""", """{"customer_reference": 1}""")]
    public void Detect_secrets_used_as_property_names(string body, string expected) =>
        Assert.Equal(expected, Masker.MaskBody(body, "application/json"));

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/problem+json")]
    [InlineData("application/vnd.api+json; charset=utf-8")]
    [InlineData("text/plain")]
    [InlineData(null)]
    [InlineData("")]
    public void Detect_json_by_content_type_or_by_its_first_character(string? contentType) =>
        Assert.Equal("""  {"token":"****"}""", Masker.MaskBody("""  {"token":"abc"}""", contentType));

    [Theory]
    [InlineData("""{"order":1234567890123456789,"ts":1718000000000,"price":37.77492950000001}""")]
    [InlineData("""{"id":"550e8400-e29b-41d4-a716-446655440000","at":"2024-01-15T10:20:30.123Z"}""")]
    [InlineData("""{"shipping":"express","topping":"cheese","spinner":true}""")]
    [InlineData("""[]""")]
    [InlineData("""{}""")]
    [InlineData("""  "just a string"  """)]
    [InlineData("""{"a":[1,2,3],"b":{"c":null}}""")]
    public void Safe_ordinary_documents_are_unchanged(string body) => Assert.Equal(body, Masker.MaskBody(body, "application/json"));

    [Theory]
    [InlineData("""{"a": 1, password: "x"}""", """{"a": 1, password: "****"}""")]
    [InlineData("""{'password': 'x'}""", """{'password': '****'}""")]
    [InlineData("""{"a":1} trailing password=x""", """{"a":1} trailing password=****""")]
    [InlineData("""{"password": hunter2, "b": 1}""", "{\"password\": \"****\"")]
    [InlineData("""{"a": 1 // token=x""", """{"a": 1 // token=****""")]
    [InlineData("""["a", "password": "x"]""", """["a", "password": "****"]""")]
    [InlineData("""{"a": "x", "b" "token": "y"}""", """{"a": "x", "b" "token": "****"}""")]
    public void Detect_invalid_json_falls_back_to_text_masking_for_the_unparsed_rest(string body, string expected) =>
        Assert.Equal(expected, Masker.MaskBody(body, "application/json"));

    [Fact]
    public void Detect_deeply_nested_documents_beyond_the_reader_depth()
    {
        var body = string.Concat(Enumerable.Repeat("{\"a\":", 400)) + "{\"password\":\"deep-secret\"}" + new string('}', 400);

        Assert.DoesNotContain("deep-secret", Masker.MaskBody(body, "application/json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_a_byte_order_mark_does_not_defeat_the_json_walk()
    {
        Assert.Equal("\uFEFF{\"v\":{\"name\":\"pin\",\"value\":\"****\"}}", Masker.MaskBody("\uFEFF{\"v\":{\"name\":\"pin\",\"value\":\"1234\"}}", "application/json"));
    }

    [Fact]
    public void Detect_ndjson_masks_every_document()
    {
        const string Body = "{\"token\":\"a\"}\n{\"token\":\"b\"}\n";

        Assert.Equal("{\"token\":\"****\"}\n{\"token\":\"****\"}\n", Masker.MaskBody(Body, "application/x-ndjson"));
    }
}
