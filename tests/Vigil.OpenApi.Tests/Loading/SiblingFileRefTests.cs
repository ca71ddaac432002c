using Microsoft.OpenApi;
using Vigil.OpenApi;
using Vigil.TestKit;

namespace Vigil.OpenApi.Tests.Loading;

public sealed class SiblingFileRefTests
{
    [Fact]
    public void Schemas_and_parameters_in_sibling_files_are_bundled_and_their_own_refs_followed()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("api.yaml"), """
            openapi: 3.0.3
            info: {title: Split, version: '1'}
            paths:
              /pets/{id}:
                parameters:
                  - $ref: 'common/params.yaml#/components/parameters/Id'
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: 'models.json#/Pet'}
            """);
        File.WriteAllText(dir.File("models.json"), """{"Pet":{"type":"object","properties":{"owner":{"$ref":"#/Owner"}}},"Owner":{"type":"object","properties":{"name":{"type":"string"}}}}""");
        Directory.CreateDirectory(dir.File("common"));
        File.WriteAllText(dir.File("common/params.yaml"), "components:\n  parameters:\n    Id: {name: id, in: path, required: true, schema: {type: string}}\n");

        var result = OpenApiDocumentLoader.Load(dir.File("api.yaml"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var schemas = result.Document!.Components!.Schemas!;
        Assert.Contains("Pet", schemas.Keys);
        Assert.Contains("Owner", schemas.Keys);
        var owner = schemas["Pet"].Properties!["owner"];
        Assert.Equal(JsonSchemaType.String, owner.Properties!["name"].Type);
        Assert.Equal("id", result.Document.Paths["/pets/{id}"].Parameters![0].Name);
    }

    [Fact]
    public void A_missing_sibling_file_is_an_error_at_the_ref()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("api.yaml"), """
            openapi: 3.0.3
            info: {title: Split, version: '1'}
            paths:
              /a:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: 'gone.yaml#/Thing'}
            """);

        var result = OpenApiDocumentLoader.Load(dir.File("api.yaml"));

        var error = Assert.Single(result.Errors, e => e.Message.Contains("gone.yaml", StringComparison.Ordinal));
        Assert.Equal(11, error.Line);
        Assert.Contains("no such file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Remote_refs_are_reported_not_fetched()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("api.yaml"), "openapi: 3.0.3\ninfo: {title: R, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    X: {$ref: 'https://example.com/x.yaml#/X'}\n");

        var result = OpenApiDocumentLoader.Load(dir.File("api.yaml"));

        Assert.Contains(result.Errors, e => e.Message.Contains("not followed", StringComparison.Ordinal) && e.Line == 6);
    }
}
