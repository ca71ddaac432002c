using Microsoft.OpenApi;
using Vigil.Core.Capture;
using Vigil.OpenApi.Inference;
using Vigil.TestKit;

namespace Vigil.OpenApi.Tests.Inference;

public sealed class SpecInferrerTests
{
    private static CapturedExchange Order(int id, string query, string body, string? auth = "Bearer ****")
    {
        var e = Exchanges.Get($"/orders/{id}", route: "/orders/{id:int}");
        e.Request.Query = query;
        e.Response.Body = body;
        if (auth is not null)
        {
            e.Request.Headers["Authorization"] = [auth];
        }

        return e;
    }

    public static OpenApiLoadResult Infer(params CapturedExchange[] exchanges)
    {
        var inferrer = new SpecInferrer("Orders");
        foreach (var e in exchanges)
        {
            inferrer.Add(e.Request.Method, e.Request.Route ?? e.Request.Path, e);
        }

        return OpenApiDocumentLoader.Parse(inferrer.ToJson(), "inferred.json");
    }

    [Fact]
    public void Traffic_becomes_a_valid_31_document_with_templated_paths_typed_parameters_and_merged_schemas()
    {
        var result = Infer(
            Order(1, "fields=full&page=2", """{"id":1,"placedAt":"2026-11-21T10:00:00Z","owner":"3fa85f64-5717-4562-b3fc-2c963f66afa6","note":"x"}"""),
            Order(2, "page=3", """{"id":2,"placedAt":"2026-11-21T11:00:00Z","owner":"7c9e6679-7425-40de-944b-e07fc1f90ae7"}"""));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.StartsWith("3.1", result.Version, StringComparison.Ordinal);
        var op = result.Document!.Paths["/orders/{id}"].Operations![HttpMethod.Get];
        var parameters = op.Parameters!.ToDictionary(p => p.Name!);
        Assert.Equal(JsonSchemaType.Integer, parameters["id"].Schema!.Type);
        Assert.True(parameters["page"].Required);
        Assert.False(parameters["fields"].Required);
        var body = op.Responses!["200"].Content!["application/json"].Schema!;
        Assert.Equal(["id", "owner", "placedAt"], body.Required!.Order(StringComparer.Ordinal));
        Assert.Equal("date-time", body.Properties!["placedAt"].Format);
        Assert.Equal("uuid", body.Properties["owner"].Format);
        Assert.Contains("bearer", result.Document.Components!.SecuritySchemes!.Keys);
        Assert.NotNull(op.Security);
    }

    [Fact]
    public void Mixed_number_types_and_nulls_widen_the_schema()
    {
        var result = Infer(Order(1, "", """{"price":1,"tag":null}"""), Order(2, "", """{"price":1.5,"tag":"a"}"""));

        var body = result.Document!.Paths["/orders/{id}"].Operations![HttpMethod.Get].Responses!["200"].Content!["application/json"].Schema!;
        Assert.Equal(JsonSchemaType.Number, body.Properties!["price"].Type);
        Assert.Equal(JsonSchemaType.String | JsonSchemaType.Null, body.Properties["tag"].Type);
    }

    [Theory]
    [InlineData("/orders/{id:int}", "/orders/{id}")]
    [InlineData("files/{**path}", "/files/{path}")]
    [InlineData("/a/{slug:regex(^[a-z]+$)}/b", "/a/{slug}/b")]
    [InlineData("/plain", "/plain")]
    public void Route_constraints_are_dropped(string route, string template) => Assert.Equal(template, SpecInferrer.Template(route));

    [Fact]
    public void Hostile_bodies_are_bounded_and_non_json_ignored()
    {
        var deep = new string('[', 5000) + new string(']', 5000);
        var wide = "{" + string.Join(',', Enumerable.Range(0, 5000).Select(i => $"\"p{i}\":1")) + "}";

        var result = Infer(Order(1, "", deep), Order(2, "", wide), Order(3, "", "<html/>"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var body = result.Document!.Paths["/orders/{id}"].Operations![HttpMethod.Get].Responses!["200"].Content!["application/json"].Schema!;
        Assert.Equal(200, body.Properties!.Count);
    }
}
