using Vigil.OpenApi.Validation;
using Vigil.TestKit;

namespace Vigil.OpenApi.Tests.Validation;

// Regression for issue #5 (2): duplicate keys threw ArgumentException, so enforcement failed open and ingest lost the batch.
public sealed class DuplicateKeyTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Users, version: '1'}
        paths:
          /users:
            post:
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        role: {type: string, enum: [user]}
              responses:
                '201':
                  description: Created
                  content:
                    application/json:
                      schema: {type: object, properties: {role: {type: string}}}
        """;

    private static readonly ContractValidator Validator = new(OpenApiDocumentLoader.Parse(Spec, "users.yaml").Document!);

    private static Core.Capture.CapturedExchange Post(string body, string response = """{"role":"user"}""")
    {
        var e = Exchanges.Get("/users", 201);
        e.Request.Method = "POST";
        e.Request.Body = body;
        e.Response.Body = response;
        return e;
    }

    [Theory]
    [InlineData("""{"role":"admin","role":"admin"}""")]
    [InlineData("""{"role":"user","role":"admin"}""")]
    [InlineData("""{"a":{"x":1,"x":2}}""")]
    public void Detect_a_request_body_that_repeats_a_property(string body)
    {
        var finding = Assert.Single(Validator.Validate(Post(body)));

        Assert.Equal(("VG3105", "/request/body"), (finding.RuleId, finding.Location));
        Assert.Contains("repeats a property", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_a_response_with_duplicate_keys_and_unparseable_bodies_do_not_throw()
    {
        Assert.Empty(Validator.Validate(Post("""{"role":"user"}""", """{"role":"a","role":"b"}""")));
        Assert.Empty(Validator.Validate(Post("""{"role":"user",""")));
    }
}
