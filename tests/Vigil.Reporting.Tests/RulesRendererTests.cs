using System.Text.Json;
using Vigil.Core.Findings;

namespace Vigil.Reporting.Tests;

public sealed class RulesRendererTests
{
    private static readonly RuleDescriptor[] Rules = [Samples.VerboseError, Samples.SqlInQuery, Samples.JwtNone];

    [Fact]
    public void Json_lists_rules_in_id_order_with_stable_names()
    {
        using var output = new StringWriter();
        RulesRenderer.WriteJson(Rules, output);
        using var doc = JsonDocument.Parse(output.ToString());
        var rules = doc.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(["VG1001", "VG1002", "VG3001"], rules.Select(r => r.GetProperty("id").GetString()!).ToArray());
        Assert.Equal(["id", "title", "threat", "cwe", "owasp", "howToFix", "category"], rules[0].EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("CWE-89", rules[1].GetProperty("cwe").GetString());
        Assert.Equal("medium", rules[1].GetProperty("threat").GetString());
        Assert.False(rules[2].TryGetProperty("cwe", out _));
    }

    [Fact]
    public void Markdown_has_a_section_per_category()
    {
        using var output = new StringWriter();
        RulesRenderer.WriteMarkdown(Rules, output);
        var md = output.ToString();
        Assert.Contains("## Authentication", md);
        Assert.Contains("## Injection", md);
        Assert.Contains("## Exposure", md);
        Assert.Contains("| [VG1002](#vg1002) | SQL injection pattern in query | Medium | CWE-89 | API8:2023 |", md);
        Assert.Contains("<a id=\"vg1002\"></a>", md);
    }

    [Fact]
    public void Markdown_files_are_one_per_rule_plus_an_index()
    {
        var dir = Path.Combine(Path.GetTempPath(), "vigil-rules-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = RulesRenderer.WriteMarkdownFiles(Rules, dir);
            Assert.Equal(["README.md", "VG1001.md", "VG1002.md", "VG3001.md"], Directory.GetFiles(dir).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray());
            Assert.Equal(4, written.Count);
            var page = File.ReadAllText(Path.Combine(dir, "VG1001.md"));
            Assert.Contains("# VG1001: JWT signed with alg none", page);
            Assert.Contains("Reject tokens whose alg is none", page);
            Assert.Contains("[VG1001](VG1001.md)", File.ReadAllText(Path.Combine(dir, "README.md")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
