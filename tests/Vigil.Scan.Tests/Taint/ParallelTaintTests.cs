using Vigil.Core.Findings;
using Vigil.Scan.Loading;
using Vigil.Scan.Tests.Endpoints;

namespace Vigil.Scan.Tests.Taint;

/// <summary>Roots analysed on many threads give exactly the serial output, and a field tainted by one handler reaches every other.</summary>
public sealed class ParallelTaintTests
{
    [Theory]
    [InlineData("samples/Vigil.Samples.QrOrdering")]
    [InlineData("bench/Vigil.Bench.Scan/Cases")]
    public void Parallel_output_is_the_serial_output(string folder)
    {
        var path = Path.Combine(SampleInventoryTests.RepositoryRoot(), folder);

        var serial = new Scanner(TimeProvider.System, parallelism: 1).Scan(path);
        var parallel = new Scanner(TimeProvider.System, parallelism: 4).Scan(path);

        Assert.NotEmpty(serial.Findings); // the sample has endpoint-rule findings, the labelled cases 70 taint ones
        Assert.Equal(Shape(serial), Shape(parallel));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void A_field_tainted_by_a_later_handler_reaches_an_earlier_one(int parallelism)
    {
        // The reader comes first in inventory order: a single pass in that order would not yet know the field is tainted.
        const string reader = """
            using Microsoft.AspNetCore.Mvc;
            [ApiController, Route("a")]
            public class AController(Store store) : ControllerBase
            {
                [HttpGet("report")]
                public IActionResult Report() { store.Run(); return Ok(); }
            }
            """;
        const string writer = """
            using Microsoft.AspNetCore.Mvc;
            [ApiController, Route("b")]
            public class BController(Store store) : ControllerBase
            {
                [HttpPost("filter")]
                public IActionResult Filter(string name) { store.Filter = name; return Ok(); }
            }
            public class Store(Microsoft.Data.SqlClient.SqlConnection connection)
            {
                public string Filter { get; set; } = "";
                public void Run() => new Microsoft.Data.SqlClient.SqlCommand("SELECT * FROM t WHERE n = '" + Filter + "'", connection).ExecuteNonQuery();
            }
            """;

        var workspace = ScanWorkspace.FromSources(reader, writer);
        var findings = new Scanner(TimeProvider.System, parallelism).Scan(workspace).Findings;

        var finding = Assert.Single(findings, f => f.RuleId == "VG4001");
        Assert.Equal("File1.cs", finding.Source!.File);
    }

    // Everything but the timestamp, in output order.
    private static List<string> Shape(ScanResult result) =>
    [
        .. result.Endpoints.Select(e => $"{string.Join(',', e.Keys)} {e.Source.File}:{e.Source.Line} {e.Auth} {e.AuthReason}"),
        .. result.Findings.Select(f => $"{f.RuleId} {f.Source?.File}:{f.Source?.Line}:{f.Source?.Column} {f.Endpoint} {f.Message} {f.Evidence} {f.Threat}"),
    ];
}
