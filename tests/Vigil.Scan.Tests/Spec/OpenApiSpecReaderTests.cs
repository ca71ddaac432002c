using Vigil.Scan.Spec;

namespace Vigil.Scan.Tests.Spec;

public sealed class OpenApiSpecReaderTests
{
    [Fact]
    public void Reads_yaml_operations_with_their_lines_and_the_server_base_path()
    {
        var result = OpenApiSpecReader.Parse(new StringReader("""
            openapi: 3.1.0
            servers:
              - url: https://api.example.com/v1
            paths:
              /orders/{orderId}:
                parameters: []
                get:
                  responses: {}
                delete:
                  responses: {}
            """), "spec.yaml");

        Assert.Null(result.Error);
        Assert.Equal([new SpecOperation("GET", "/v1/orders/{orderId}", 7), new SpecOperation("DELETE", "/v1/orders/{orderId}", 9)], result.Operations);
    }

    [Fact]
    public void Reads_json_the_same_way()
    {
        var result = OpenApiSpecReader.Parse(new StringReader("""
            {"swagger": "2.0", "basePath": "/api",
             "paths": {"/items": {"post": {}}}}
            """), "spec.json");

        Assert.Equal([new SpecOperation("POST", "/api/items", 2)], result.Operations);
    }

    [Theory]
    [InlineData("openapi: 3.0.0\npaths:\n  /a: [unclosed", "not valid JSON or YAML")]
    [InlineData("just a string", "not an OpenAPI document")]
    [InlineData("title: no version\npaths: {}", "no \"openapi\" or \"swagger\" version field")]
    public void Malformed_documents_are_one_clear_error(string text, string expected)
    {
        var result = OpenApiSpecReader.Parse(new StringReader(text), "spec.yaml");

        Assert.Empty(result.Operations);
        Assert.StartsWith("spec.yaml:", result.Error, StringComparison.Ordinal);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_says_so()
    {
        var result = OpenApiSpecReader.Read(Path.Combine(Path.GetTempPath(), "scan-no-such-spec.yaml"));

        Assert.Contains("no such file", result.Error, StringComparison.Ordinal);
    }
}
