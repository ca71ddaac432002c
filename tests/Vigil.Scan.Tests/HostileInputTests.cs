using Vigil.Scan.Loading;
using Vigil.TestKit;

namespace Vigil.Scan.Tests;

/// <summary>Broken, binary, huge and deeply nested input: warnings and partial results, never an exception.</summary>
public sealed class HostileInputTests
{
    [Fact]
    public void Syntax_errors_binary_files_and_oversized_files_do_not_stop_the_scan()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("Broken.cs"), "public class { void ( => app.MapGet(\"/half\", ");
        File.WriteAllBytes(folder.File("Binary.cs"), [0, 1, 2, 255, 254, 0, 0, 7]);
        using (var big = File.Create(folder.File("Huge.cs")))
        {
            big.SetLength(ScanWorkspace.MaxFileBytes + 1);
        }

        File.WriteAllText(folder.File("Program.cs"), "var app = WebApplication.CreateBuilder(args).Build();\napp.MapGet(\"/ok\", () => \"ok\");\n");

        var result = new Scanner(TimeProvider.System).Scan(folder.Path);

        Assert.Contains(result.Endpoints, e => e.Route == "/ok");
        Assert.Contains(result.Warnings, w => w.StartsWith("Huge.cs:", StringComparison.Ordinal) && w.Contains("limit", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deeply_nested_expression_is_bounded()
    {
        var terms = string.Join(" + ", Enumerable.Range(0, 3000).Select(i => i % 2 == 0 ? "name" : "\"x\""));
        var source = $$"""
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapGet("/deep", (string name) => { using var c = new Microsoft.Data.SqlClient.SqlCommand({{terms}}); return "ok"; });
            """;

        var result = ScanOf.Sources(source);

        Assert.Single(result.Endpoints);
    }

    [Fact]
    public void Self_referencing_groups_and_recursive_helpers_terminate()
    {
        var result = ScanOf.Sources("""
            var app = WebApplication.CreateBuilder(args).Build();
            Loop(app.MapGroup("/a"));
            static void Loop(RouteGroupBuilder g) { g.MapGet("/x", (string q) => Helper(q, 0)); Loop(g.MapGroup("/b")); }
            static string Helper(string q, int n) => n > 3 ? q : Helper(q + "!", n + 1);
            """);

        Assert.Contains(result.Endpoints, e => e.Route == "/a/x");
    }
}
