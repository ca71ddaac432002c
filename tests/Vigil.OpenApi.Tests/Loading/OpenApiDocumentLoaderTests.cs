using Microsoft.OpenApi;
using Vigil.OpenApi;
using Vigil.TestKit;

namespace Vigil.OpenApi.Tests.Loading;

public sealed class OpenApiDocumentLoaderTests
{
    private const string PetsYaml = """
        openapi: 3.0.3
        info:
          title: Pets
          version: 1.0
        paths:
          /pets/{id}:
            get:
              operationId: getPet
              parameters:
                - name: id
                  in: path
                  required: true
                  schema:
                    type: integer
              responses:
                '200':
                  description: ok
        """;

    [Fact]
    public void Yaml_30_loads_with_the_line_and_column_of_each_node()
    {
        var result = OpenApiDocumentLoader.Parse(PetsYaml, "pets.yaml");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(SourceFormat.Yaml, result.Format);
        Assert.Equal("3.0.3", result.Version);
        Assert.Equal("1.0", result.Document!.Info.Version);
        Assert.Contains("/pets/{id}", result.Document.Paths.Keys);
        Assert.True(result.Positions.TryFind("/paths/~1pets~1{id}/get", out var line, out var column));
        Assert.Equal((7, 5), (line, column));
        Assert.Equal((11, 11), result.Positions.Locate("/paths/~1pets~1{id}/get/parameters/0/in"));
        // A pointer the file does not hold lands on its nearest ancestor.
        Assert.Equal((7, 5), result.Positions.Locate("/paths/~1pets~1{id}/get/requestBody/content"));
    }

    [Fact]
    public void Json_31_loads_with_positions_on_one_minified_line()
    {
        var json = """{"openapi":"3.1.0","info":{"title":"T","version":"1"},"paths":{"/a":{"post":{"responses":{"204":{"description":"none"}}}}}}""";

        var result = OpenApiDocumentLoader.Parse(json, "a.json");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(SourceFormat.Json, result.Format);
        Assert.Equal((1, json.IndexOf("\"post\"", StringComparison.Ordinal) + 1), result.Positions.Locate("/paths/~1a/post"));
    }

    [Fact]
    public void Swagger_20_is_read_into_the_same_model_and_its_definitions_keep_their_lines()
    {
        var yaml = """
            swagger: "2.0"
            info: {title: Old, version: "1"}
            host: api.example.com
            schemes: [http]
            paths:
              /users:
                get:
                  responses:
                    200:
                      description: ok
                      schema: {$ref: '#/definitions/User'}
            definitions:
              User:
                type: object
            """;

        var result = OpenApiDocumentLoader.Parse(yaml, "old.yaml");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("2.0", result.Version);
        Assert.Equal("http://api.example.com", result.Document!.Servers![0].Url);
        Assert.True(result.Document.Components!.Schemas!.ContainsKey("User"));
        Assert.Equal((13, 3), result.Positions.Locate("/components/schemas/User"));
    }

    [Fact]
    public void Malformed_yaml_is_one_error_with_line_and_column()
    {
        var result = OpenApiDocumentLoader.Parse("openapi: 3.0.0\ninfo:\n  title: [unclosed\n  version: 1\n", "bad.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Document);
        Assert.Equal("bad.yaml", error.File);
        Assert.True(error.Line >= 3, error.ToString());
        Assert.StartsWith("bad.yaml:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_one_error_with_line_and_column()
    {
        var result = OpenApiDocumentLoader.Parse("{\n  \"openapi\": \"3.0.0\",\n  \"info\": {,\n}", "bad.json");

        var error = Assert.Single(result.Errors);
        Assert.Equal((3, 12), (error.Line, error.Column));
        Assert.Contains("invalid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_keys_are_errors_in_both_syntaxes()
    {
        var yaml = OpenApiDocumentLoader.Parse("openapi: 3.0.0\ninfo: {title: a, version: '1'}\ninfo: {title: b, version: '1'}\npaths: {}\n", "dup.yaml");
        var json = OpenApiDocumentLoader.Parse("{\"openapi\":\"3.0.0\",\"paths\":{},\"paths\":{}}", "dup.json");

        Assert.Contains("duplicate key \"info\"", Assert.Single(yaml.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(3, yaml.Errors[0].Line);
        Assert.Single(json.Errors);
    }

    [Fact]
    public void An_invalid_document_reports_every_error_at_once_with_positions()
    {
        var yaml = """
            openapi: 3.0.0
            info:
              title: Broken
              version: '1'
            paths:
              /a:
                get:
                  responses:
                    '200': {description: ok}
                  parameters:
                    - name: q
                      in: nowhere
              /b:
                get:
                  responses: {}
                  security:
                    - missing: []
            """;

        var result = OpenApiDocumentLoader.Parse(yaml, "broken.yaml");

        Assert.False(result.Succeeded);
        Assert.True(result.Errors.Count >= 2, string.Join("\n", result.Errors));
        Assert.All(result.Errors, e => Assert.True(e.Line > 0, e.ToString()));
    }

    [Fact]
    public void A_file_that_is_not_openapi_says_so()
    {
        var result = OpenApiDocumentLoader.Parse("name: my-app\nversion: 2\n", "docker.yaml");

        Assert.Contains("not an OpenAPI document", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("- 1\n- 2\n")]
    [InlineData("42")]
    [InlineData("[1,2]")]
    [InlineData("openapi: 3.0.0\n---\nopenapi: 3.0.0\n")]
    [InlineData("\"openapi\": 3\n\t\tbad")]
    public void Hostile_or_empty_input_is_an_error_never_an_exception(string text)
    {
        var result = OpenApiDocumentLoader.Parse(text, "x");

        Assert.NotEmpty(result.Errors);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void An_alias_bomb_is_refused_with_its_line()
    {
        var lines = new List<string> { "openapi: 3.0.0", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 10; i++)
        {
            lines.Add($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]");
        }

        var result = OpenApiDocumentLoader.Parse(string.Join('\n', lines), "bomb.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Contains("alias", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 2);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Nesting_deeper_than_the_limit_is_an_error_not_a_stack_overflow(bool json)
    {
        const int depth = 100_000;
        var text = json
            ? "{\"openapi\":\"3.0.0\",\"x\":" + new string('[', depth) + new string(']', depth) + "}"
            : "openapi: 3.0.0\nx: " + new string('[', depth) + new string(']', depth) + "\n";

        var result = OpenApiDocumentLoader.Parse(text, "deep");

        Assert.Single(result.Errors);
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_it()
    {
        var result = OpenApiDocumentLoader.Load("/nonexistent/openapi.yaml");

        Assert.Equal("no such file", Assert.Single(result.Errors).Message);
        Assert.Equal("/nonexistent/openapi.yaml", result.Errors[0].File);
    }
}
