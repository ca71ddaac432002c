using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Collector.Scans;
using Vigil.Storage;

namespace Vigil.Bench.Dashboard;

/// <summary>
/// A spec and a scan for the bench project, so Governance, Code and the inventory columns have work to do: the spec
/// documents 30 of the 40 seeded endpoints plus 10 that get no traffic (two deprecated); the scan declares 35 of them
/// plus 5 handlers no traffic reaches, with 200 findings. Saved on every run (they replace the last ones).
/// </summary>
internal static class DesignSeeder
{
    public static async Task SeedAsync(IVigilStore store, Guid projectId, DateTimeOffset now)
    {
        await store.Specs!.SaveSpecAsync(new StoredSpec(projectId, "bench-openapi.json", Spec(), now));
        var scan = JsonSerializer.Serialize(Scan(), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        await ((IScanStoreProvider)store).Scans.SaveScanAsync(new StoredScan(projectId, scan, now));
    }

    private static string Method(int endpoint) => endpoint % 5 == 0 ? "post" : "get";

    private static string Spec()
    {
        var paths = new JsonObject();
        foreach (var (route, method, deprecated) in Enumerable.Range(0, 30).Select(i => ($"/api/resource{i}/{{id}}", Method(i), false))
                     .Concat(Enumerable.Range(0, 10).Select(i => ($"/api/legacy{i}/{{id}}", "get", i < 2))))
        {
            paths[route] = new JsonObject
            {
                [method] = new JsonObject
                {
                    ["operationId"] = method + route.Replace('/', '_').Replace("{id}", "id", StringComparison.Ordinal),
                    ["deprecated"] = deprecated,
                    ["parameters"] = new JsonArray(new JsonObject { ["name"] = "id", ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } }),
                    ["responses"] = new JsonObject { ["200"] = new JsonObject { ["description"] = "ok", ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["name"] = new JsonObject { ["type"] = "string" } } } } } } },
                },
            };
        }

        return new JsonObject { ["openapi"] = "3.0.3", ["info"] = new JsonObject { ["title"] = "Bench API", ["version"] = "1" }, ["paths"] = paths }.ToJsonString();
    }

    private static ScanDocument Scan()
    {
        var endpoints = Enumerable.Range(0, 35).Select(i => new ScannedEndpoint([Method(i).ToUpperInvariant()], $"/api/resource{i}/{{id:int}}", $"Resource{i}Controller.Handle", $"Controllers/Resource{i}Controller.cs", 20 + i, i % 3 == 0 ? "public" : "authenticated") { AuthReason = "[Authorize] on Resource" + i + "Controller" })
            .Concat(Enumerable.Range(0, 5).Select(i => new ScannedEndpoint(["GET"], $"/api/internal{i}", $"lambda in Program.<Main>", "Program.cs", 40 + i, "public")))
            .ToList();
        var findings = Enumerable.Range(0, 200).Select(i => new ScannedFinding("VG4001", "SQL injection: request data in SQL text", i % 4 == 0 ? "high" : "medium", "CWE-89", $"{Method(i % 35).ToUpperInvariant()} /api/resource{i % 35}/{{id}}", $"Data/Repository{i % 35}.cs", 10 + i, "Request data reaches SqlCommand.CommandText") { HowToFix = "Use parameters." }).ToList();
        return new ScanDocument("BenchApi", 400, 52_000, endpoints, findings);
    }
}
