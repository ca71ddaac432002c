using Vigil.Detection.Engine;

namespace Vigil.Detection.Tests.Engine;

/// <summary>Adding a rule means adding its tests: at least one Detect and one Safe case, in a class named after it.</summary>
public sealed class RuleTestConventionTests
{
    [Fact]
    public void Every_rule_has_a_test_class_with_detect_and_safe_cases()
    {
        var testClasses = typeof(RuleTestConventionTests).Assembly.GetTypes().Where(t => t.IsPublic).ToDictionary(t => t.Name, StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            var name = rule.GetType().Name + "Tests";
            var methods = testClasses.TryGetValue(name, out var type) ? type.GetMethods().Select(m => m.Name).ToList() : [];
            if (!methods.Any(m => m.StartsWith("Detect", StringComparison.Ordinal)) || !methods.Any(m => m.StartsWith("Safe", StringComparison.Ordinal)))
            {
                missing.Add($"{rule.Descriptor.Id} {name}");
            }
        }

        Assert.Empty(missing);
    }
}
