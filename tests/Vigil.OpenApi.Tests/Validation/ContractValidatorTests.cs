using Vigil.Core.Capture;
using Vigil.OpenApi.Validation;
using Vigil.TestKit;

namespace Vigil.OpenApi.Tests.Validation;

public sealed class ContractValidatorTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Orders, version: '1'}
        servers:
          - url: https://api.example.test/v1
        paths:
          /orders/{id}:
            get:
              parameters:
                - {name: id, in: path, required: true, schema: {type: string, format: uuid}}
                - {name: fields, in: query, schema: {type: string, enum: [summary, full]}}
                - {name: X-Tenant, in: header, required: true, schema: {type: integer, minimum: 1}}
              responses:
                '200':
                  description: The order
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Order'}
                '404': {description: Not found}
          /orders/mine:
            get:
              responses:
                '200': {description: Mine}
          /orders:
            post:
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      additionalProperties: false
                      required: [quantity]
                      properties:
                        quantity: {type: integer, minimum: 1, maximum: 10}
                        note: {type: string, maxLength: 5}
              responses:
                '201': {description: Created}
        components:
          schemas:
            Order:
              type: object
              properties:
                id: {type: string}
                lines:
                  type: array
                  items:
                    type: object
                    properties:
                      sku: {type: string}
        """;

    private const string OrderId = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

    private static readonly ContractValidator Validator = new(OpenApiDocumentLoader.Parse(Spec, "spec.yaml").Document!);

    private static CapturedExchange Order(string path = "/v1/orders/" + OrderId, string query = "", string? tenant = "7", string body = """{"id":"a","lines":[{"sku":"x"}]}""", int status = 200)
    {
        var e = Exchanges.Get(path, status);
        e.Request.Query = query;
        if (tenant is not null)
        {
            e.Request.Headers["X-Tenant"] = [tenant];
        }

        e.Response.Body = body;
        return e;
    }

    private static List<(string Rule, string Pointer)> Check(CapturedExchange e) =>
        [.. Validator.Validate(e).Select(f => (f.RuleId, f.Location!))];

    [Fact]
    public void Safe_a_request_and_response_that_follow_the_contract()
    {
        Assert.Empty(Check(Order(query: "fields=full")));
        Assert.Equal("/orders/{id}", Validator.DocumentedRoute("GET", "/v1/orders/" + OrderId));
    }

    [Fact]
    public void Detect_shadow_paths_and_methods()
    {
        var unknownPath = Order(path: "/v1/admin/export");
        var unknownMethod = Order();
        unknownMethod.Request.Method = "DELETE";

        Assert.Equal([("VG3101", "/request/path")], Check(unknownPath));
        Assert.Equal([("VG3101", "/request/path")], Check(unknownMethod));
        Assert.Null(Validator.DocumentedRoute("DELETE", "/v1/orders/" + OrderId));
    }

    [Fact]
    public void A_literal_segment_wins_over_a_parameter()
    {
        Assert.Equal("/orders/mine", Validator.DocumentedRoute("GET", "/v1/orders/mine"));
        Assert.Empty(Check(Order(path: "/v1/orders/mine", body: "")));
    }

    [Fact]
    public void Detect_parameter_violations_with_their_pointers()
    {
        var findings = Check(Order(path: "/v1/orders/12", query: "fields=everything&debug=1", tenant: "zero"));

        Assert.Contains(("VG3104", "/request/path/id"), findings);
        Assert.Contains(("VG3104", "/request/query/fields"), findings);
        Assert.Contains(("VG3104", "/request/headers/X-Tenant"), findings);
        Assert.Contains(("VG3102", "/request/query/debug"), findings);
    }

    [Fact]
    public void Detect_a_missing_required_header()
    {
        Assert.Equal([("VG3103", "/request/headers/X-Tenant")], Check(Order(tenant: null)));
    }

    [Fact]
    public void Detect_request_body_violations()
    {
        var e = Order(path: "/v1/orders", status: 201, body: "");
        e.Request.Method = "POST";
        e.Request.Headers["Content-Type"] = ["application/json"];
        e.Request.Body = """{"quantity": 11, "note": "far too long", "isAdmin": true}""";

        var findings = Check(e);

        Assert.Equal([("VG3105", "/request/body/quantity"), ("VG3105", "/request/body/note"), ("VG3105", "/request/body/isAdmin")], findings);
        Assert.All(Validator.Validate(e), f => Assert.DoesNotContain("far too long", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_a_missing_required_body_field_and_a_wrong_type()
    {
        var e = Order(path: "/v1/orders", status: 201, body: "");
        e.Request.Method = "POST";
        e.Request.Body = """{"note": 5}""";

        Assert.Equal([("VG3105", "/request/body/quantity"), ("VG3105", "/request/body/note")], Check(e));
    }

    [Fact]
    public void Detect_undocumented_status_codes()
    {
        Assert.Equal([("VG3106", "/response/status")], Check(Order(status: 500, body: "oops")));
    }

    [Fact]
    public void Detect_response_fields_the_schema_does_not_list()
    {
        var findings = Check(Order(body: """{"id":"a","passwordHash":"x","lines":[{"sku":"x","cost":3}]}"""));

        Assert.Equal([("VG3107", "/response/body/passwordHash"), ("VG3107", "/response/body/lines/0/cost")], findings);
    }

    [Fact]
    public void Safe_masked_values_and_unparseable_or_truncated_bodies_are_not_judged()
    {
        var masked = Order(path: "/v1/orders", status: 201, body: "");
        masked.Request.Method = "POST";
        masked.Request.Body = """{"quantity": 2, "note": "****"}""";
        var truncated = Order(body: """{"id":"a","secret":""");
        truncated.Response.BodyTruncated = true;

        Assert.Empty(Check(masked));
        Assert.Empty(Check(truncated));
        Assert.Empty(Check(Order(body: "<html>not json</html>")));
    }

    [Fact]
    public void Hostile_input_is_bounded()
    {
        var e = Order(query: string.Join('&', Enumerable.Range(0, 5000).Select(i => $"p{i}=1")));
        e.Response.Body = "{\"id\":\"a\",\"lines\":[" + string.Join(',', Enumerable.Repeat("{\"sku\":1}", 100_000)) + "]}";

        var findings = Validator.Validate(e);

        Assert.Equal(SchemaValidator.MaxViolations, findings.Count);
        Assert.Contains(findings, f => f.RuleId == "VG3102");
    }
}
