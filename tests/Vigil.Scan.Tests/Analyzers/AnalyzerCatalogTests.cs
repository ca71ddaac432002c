using System.Reflection;
using Vigil.Scan.Analyzers;

namespace Vigil.Scan.Tests.Analyzers;

/// <summary>House rules for analyzers: VG4xxx ids, full descriptors, and a test class with Detect and Safe cases for each.</summary>
public sealed class AnalyzerCatalogTests
{
    [Fact]
    public void Every_analyzer_has_a_complete_vg4_descriptor()
    {
        var rules = AnalyzerCatalog.Default.Descriptors;

        Assert.True(rules.Count >= 18);
        Assert.All(rules, r =>
        {
            Assert.Matches("^VG4[0-9]{3}$", r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.HowToFix));
            Assert.StartsWith("CWE-", r.Cwe, StringComparison.Ordinal);
            Assert.Matches("^API[0-9]+:2023$", r.Owasp!);
        });
    }

    [Fact]
    public void Every_analyzer_has_a_test_class_with_detect_and_safe_cases()
    {
        var tests = typeof(AnalyzerCatalogTests).Assembly.GetTypes().Where(t => t.IsPublic).ToDictionary(t => t.Name, StringComparer.Ordinal);
        Assert.All(AnalyzerCatalog.Default.Analyzers, analyzer =>
        {
            Assert.True(tests.TryGetValue(analyzer.GetType().Name + "Tests", out var test), $"{analyzer.GetType().Name}Tests is missing");
            var methods = test!.GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(m => m.Name).ToList();
            Assert.Contains(methods, m => m.StartsWith("Detect", StringComparison.Ordinal));
            Assert.Contains(methods, m => m.StartsWith("Safe", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void A_duplicate_id_is_an_error_naming_both_analyzers()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new AnalyzerCatalog([new Vigil.Scan.Analyzers.Injection.SqlInjectionAnalyzer(), new Vigil.Scan.Analyzers.Injection.SqlInjectionAnalyzer()]));
        Assert.Contains("SqlInjectionAnalyzer and SqlInjectionAnalyzer", error.Message, StringComparison.Ordinal);
    }
}
