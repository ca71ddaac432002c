using System.Globalization;
using System.Text.Json;
using Vigil.TestKit;

namespace Vigil.Cli.Tests;

/// <summary><c>--asn-db</c>: key misuse counted by network, and a bad table stops the command naming every bad line.</summary>
public sealed class AsnDbOptionTests
{
    // One API key from 4 addresses in 4 networks: too few addresses for VG2006 (8), enough networks (4).
    private static string Capture() => string.Join('\n', Enumerable.Range(0, 12).Select(i => string.Create(CultureInfo.InvariantCulture,
        $$$"""{"timestamp":"2026-11-21T10:00:{{{i:00}}}Z","durationMs":4,"request":{"method":"GET","scheme":"https","host":"api.example.com","path":"/orders","query":"","protocol":"HTTP/1.1","clientIp":"203.0.113.{{{(i % 4 * 64) + 1}}}","headers":{"X-Api-Key":["partner-key-0001"]}},"response":{"status":200,"headers":{"Content-Type":"application/json"},"body":"{}"}}"""))) + "\n";

    private const string Table = "203.0.113.0\t203.0.113.63\t64500\tZZ\tA\n203.0.113.64\t203.0.113.127\t64501\tZZ\tB\n"
        + "203.0.113.128\t203.0.113.191\t64502\tZZ\tC\n203.0.113.192\t203.0.113.255\t64503\tZZ\tD\n";

    [Fact]
    public async Task Inspect_with_an_asn_table_flags_a_key_used_from_four_networks()
    {
        using var folder = new TempDirectory();
        var capture = folder.File("capture.jsonl");
        await File.WriteAllTextAsync(capture, Capture());
        var table = folder.File("asn.tsv");
        await File.WriteAllTextAsync(table, Table);

        var (without, _, _) = await RunAsync(capture);
        var (with, _, _) = await RunAsync(capture, "--asn-db", table);

        Assert.DoesNotContain("VG2006", without);
        Assert.Contains("VG2006", with);
    }

    [Fact]
    public async Task A_bad_asn_table_stops_inspect_naming_every_bad_line()
    {
        using var folder = new TempDirectory();
        var capture = folder.File("capture.jsonl");
        await File.WriteAllTextAsync(capture, Capture());
        var table = folder.File("asn.tsv");
        await File.WriteAllTextAsync(table, "1.0.0.0\t1.0.0.255\t13335\tUS\tOK\nnot-an-ip\t1.0.0.1\t1\nbad line\n");

        var (code, stdout, stderr) = await CliProcess.RunAsync("inspect", capture, "--asn-db", table);

        Assert.Equal(2, code);
        Assert.Contains("asn.tsv:2:", stderr, StringComparison.Ordinal);
        Assert.Contains("asn.tsv:3:", stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
    }

    private static async Task<(List<string> Rules, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var (code, stdout, stderr) = await CliProcess.RunAsync(["inspect", .. args, "--format", "json"]);
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        return ([.. doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!)], stdout, stderr);
    }
}
