using Vigil.OpenApi.Validation;

namespace Vigil.OpenApi.Tests.Validation;

// Regression for issue #5 (5): the static regex cache grew with every pattern of every spec ever attached.
public sealed class PatternCacheTests
{
    [Fact]
    public void The_pattern_cache_stays_bounded_and_patterns_still_apply()
    {
        for (var i = 0; i < SchemaValidator.MaxCachedPatterns * 2; i++)
        {
            var spec = $$$"""
                openapi: 3.0.3
                info: {title: P, version: '1'}
                paths:
                  /p:
                    get:
                      parameters:
                        - {name: q, in: query, schema: {type: string, pattern: '^a{{{i}}}$'}}
                      responses: {'200': {description: ok}}
                """;
            if (i % 256 != 0)
            {
                var violations = new List<Violation>();
                SchemaValidator.ValidateText("b", new Microsoft.OpenApi.OpenApiSchema { Pattern = $"^a{i}$" }, "/q", violations);
                Assert.Single(violations);
                continue;
            }

            var e = TestKit.Exchanges.Get("/p");
            e.Request.Query = "q=b";
            Assert.Single(new ContractValidator(OpenApiDocumentLoader.Parse(spec, "p.yaml").Document!).Validate(e), f => f.RuleId == "VG3104");
        }

        Assert.InRange(SchemaValidator.CachedPatterns, 1, SchemaValidator.MaxCachedPatterns);
    }
}
