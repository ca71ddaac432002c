using Vigil.OpenApi;
using Vigil.OpenApi.Inference;
using Vigil.TestKit;

namespace Vigil.Audit.Tests;

public sealed class InferredSpecAuditTests
{
    [Fact]
    public void Vigil_audit_accepts_a_document_inferred_from_traffic_and_grades_it()
    {
        var inferrer = new SpecInferrer("Shop");
        var open = Exchanges.Get("/orders/17", route: "/orders/{id:int}");
        open.Response.Body = """{"id":17,"password":"****"}""";
        inferrer.Add("GET", "/orders/{id:int}", open);

        var loaded = OpenApiDocumentLoader.Parse(inferrer.ToJson(), "inferred.json");
        var result = new OpenApiAuditor().Audit(loaded);

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        var rules = result.Findings.Select(f => f.RuleId).ToHashSet();
        Assert.Contains("VG3001", rules);
        Assert.Contains("VG3007", rules);
        Assert.Contains("VG3009", rules);
        Assert.InRange(result.Scorecard.Score, 0, 89);
    }
}
