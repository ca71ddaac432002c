using System.Text.Json;
using Vigil.TestKit;

namespace Vigil.Cli.Tests;

public sealed class AuditCommandTests
{
    private const string Spec = """
        openapi: 3.0.0
        info: {title: Pets, version: '1'}
        servers:
          - url: http://pets.example.com
        paths:
          /pets/{petId}:
            get:
              parameters:
                - {name: petId, in: path, required: true, schema: {type: integer}}
              responses:
                '200':
                  description: A pet
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
        components:
          schemas:
            Pet:
              type: object
              properties:
                name: {type: string}
                password: {type: string}
        """;

    [Fact]
    public async Task Json_has_the_promised_shape_with_pointers_lines_and_columns()
    {
        using var folder = new TempDirectory();
        var spec = folder.File("pets.yaml");
        await File.WriteAllTextAsync(spec, Spec);

        var (code, stdout, stderr) = await CliProcess.RunAsync("audit", spec, "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal(["score", "grade", "categories", "findings"], root.EnumerateObject().Select(p => p.Name));
        Assert.InRange(root.GetProperty("score").GetInt32(), 0, 99);
        Assert.Equal(["security", "validation", "design"], root.GetProperty("categories").EnumerateObject().Select(p => p.Name));
        var server = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "VG3006");
        Assert.Equal("/servers/0/url", server.GetProperty("pointer").GetString());
        Assert.Equal(4, server.GetProperty("line").GetInt32());
        Assert.Equal(5, server.GetProperty("column").GetInt32());
        Assert.Equal("high", server.GetProperty("threat").GetString());
        Assert.True(server.TryGetProperty("title", out _) && server.TryGetProperty("message", out _));
        Assert.False(server.TryGetProperty("eventId", out _));
    }

    [Fact]
    public async Task Fail_below_sets_the_exit_code_and_sarif_carries_the_spec_position()
    {
        using var folder = new TempDirectory();
        var spec = folder.File("pets.yaml");
        await File.WriteAllTextAsync(spec, Spec);

        var (failing, sarif, stderr) = await CliProcess.RunAsync("audit", spec, "--format", "sarif", "--fail-below", "95");
        var (passing, _, _) = await CliProcess.RunAsync("audit", spec, "--fail-below", "10");

        Assert.Equal(1, failing);
        Assert.Equal(0, passing);
        Assert.Contains("below --fail-below 95", stderr, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(sarif);
        var result = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "VG3009");
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(22, region.GetProperty("startLine").GetInt32());
    }

    [Fact]
    public async Task A_broken_document_prints_every_error_with_file_line_column_and_exits_2()
    {
        using var folder = new TempDirectory();
        var spec = folder.File("broken.yaml");
        await File.WriteAllTextAsync(spec, "openapi: 3.0.0\ninfo:\n  title: x\n  version: [1\n");

        var (code, stdout, stderr) = await CliProcess.RunAsync("audit", spec);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Matches(@"error: .*broken\.yaml:\d+:\d+: ", stderr);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ruleset_with_mistakes_is_refused_before_auditing()
    {
        using var folder = new TempDirectory();
        var spec = folder.File("pets.yaml");
        var ruleset = folder.File("rules.yaml");
        await File.WriteAllTextAsync(spec, Spec);
        await File.WriteAllTextAsync(ruleset, "rules:\n  VG3999: off\n");

        var (code, stdout, stderr) = await CliProcess.RunAsync("audit", spec, "--ruleset", ruleset);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("rules.yaml:2:3: no check has id \"VG3999\"", stderr, StringComparison.Ordinal);
    }
}
