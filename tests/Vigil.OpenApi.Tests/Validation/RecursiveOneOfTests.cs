using System.Text.Json.Nodes;
using Vigil.OpenApi.Validation;
using Vigil.TestKit;

namespace Vigil.OpenApi.Tests.Validation;

// Regression for issue #5 (1): a recursive oneOf re-validated every subtree once per alternative per level.
public sealed class RecursiveOneOfTests
{
    private static readonly string Spec = """
        openapi: 3.0.3
        info: {title: Tree, version: '1'}
        paths:
          /tree:
            post:
              requestBody:
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Node'}
              responses:
                '204': {description: Stored}
        components:
          schemas:
            Node:
              oneOf: [
        """ + string.Join(", ", Enumerable.Range(0, 6).Select(i => $"$ref: '#/components/schemas/N{i}'").Select(r => "{" + r + "}")) + """
        ]
        """ + string.Concat(Enumerable.Range(0, 6).Select(i => $$$"""

            N{{{i}}}:
              type: object
              properties:
                kind: {enum: [k{{{i}}}]}
                children: {type: array, items: {$ref: '#/components/schemas/Node'}}
        """));

    private static readonly ContractValidator Validator = new(OpenApiDocumentLoader.Parse(Spec, "tree.yaml").Document!);

    // The reviewer's body: valid, nested 7 levels, the last alternative's tag at every level (worst case).
    private static string Nested(int levels, string kind = "k5") =>
        levels == 0 ? "{\"kind\":\"" + kind + "\"}" : "{\"kind\":\"" + kind + "\",\"children\":[" + Nested(levels - 1, kind) + "]}";

    private static SchemaRun Run(string body, List<Violation> into)
    {
        var document = OpenApiDocumentLoader.Parse(Spec, "tree.yaml").Document!;
        var schema = document.Paths!["/tree"].Operations!.Values.Single().RequestBody!.Content!["application/json"].Schema!;
        return SchemaValidator.Validate(JsonNode.Parse(body), schema, "/request/body", into, reportUnknown: false);
    }

    [Fact]
    public void A_deep_valid_body_costs_a_linear_number_of_visits()
    {
        var violations = new List<Violation>();

        var run = Run(Nested(7), violations);

        Assert.Empty(violations);
        Assert.False(run.Exhausted);
        Assert.True(run.Visits < 2_000, $"{run.Visits} schema visits for 8 nodes");
    }

    [Fact]
    public void Detect_a_node_whose_kind_no_alternative_allows()
    {
        var violations = new List<Violation>();

        Run(Nested(3).Replace("\"k5\"}", "\"zz\"}", StringComparison.Ordinal), violations);

        Assert.Single(violations);
    }

    [Fact]
    public void A_hostile_body_exhausts_the_budget_and_is_let_through_counted()
    {
        var e = Exchanges.Get("/tree", 204);
        e.Request.Method = "POST";
        var violations = new List<Violation>();
        var bush = "{\"kind\":\"k5\",\"children\":[" + string.Join(',', Enumerable.Repeat(Nested(0), 30)) + "]}";
        var wide = "{\"kind\":\"k5\",\"children\":[" + string.Join(',', Enumerable.Repeat(bush, 1000)) + "]}";

        var run = Run(wide, violations);

        Assert.True(run.Exhausted);
        Assert.Equal(SchemaRun.DefaultBudget, run.Visits);
        Assert.Empty(violations);

        e.Request.Body = wide;
        Assert.Empty(Validator.ValidateRequest(e.Request));
        Assert.Equal(1, Validator.BudgetExhausted);
    }
}
