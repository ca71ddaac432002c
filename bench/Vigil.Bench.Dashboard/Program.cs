using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Vigil.Bench.Dashboard;
using Vigil.Collector;
using Vigil.Collector.Setup;
using Vigil.Storage.Sqlite;

// Server render time of the dashboard's pages over a store of 1,000,000 events (target: <= 300 ms each).
// Measured as the loopback round trip of a signed-in GET (an upper bound of server time), median and p95 of
// 15 runs after 2 warm-ups, beside GET /healthz in the same run ("first ms" is the cold first request: Governance
// audits the spec then, and caches the audit per spec version). The database is cached between runs.
// Arguments: [events, default 1,000,000] [days they span, default 1; 7 exercises the 7-day view] [folder of the
// cached database, default /tmp/dashboard-bench]. 10,000 alerts with their delivery log are added once (AlertSeeder).
var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 1_000_000;
var days = args.Length > 1 && int.TryParse(args[1], out var d) && d is >= 1 and <= 30 ? d : 1;
var folder = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "dashboard-bench");
Directory.CreateDirectory(folder);
var path = Path.Combine(folder, $"events-{count}-{days}d.db");
var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
const string Password = "bench-admin-password";

await using (var seed = new SqliteVigilStore(path, new FixedClock(now)))
{
    await seed.InitializeAsync();
    if (await seed.Projects.FindProjectAsync("bench") is null)
    {
        var project = await seed.Projects.GetOrCreateProjectAsync("default");
        await seed.Users.AddUserAsync("admin", FirstRunSetup.HashPassword(Password));
        await EventSeeder.SeedAsync(seed, project.Id, count, days, now);
        await seed.Projects.GetOrCreateProjectAsync("bench"); // marks the seed complete
    }
}

var store = new SqliteVigilStore(path, new FixedClock(now));
await store.InitializeAsync();
var benchProject = (await store.Projects.FindProjectAsync("default"))!;
var newestAlert = await AlertSeeder.SeedAsync(store.Alerts, benchProject.Id, now);
await DesignSeeder.SeedAsync(store, benchProject.Id, now);
var app = CollectorApp.Build(new CollectorOptions { Urls = ["http://127.0.0.1:0"] }, store, new FixedClock(now), l => l.SetMinimumLevel(LogLevel.Warning));
await app.StartAsync();
var address = app.Urls.First();

using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
var form = await client.GetStringAsync("/signin");
var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
var signIn = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = "admin", ["password"] = Password, ["__RequestVerificationToken"] = token }));
if (signIn.StatusCode != HttpStatusCode.Redirect)
{
    Console.Error.WriteLine($"Sign-in failed: {(int)signIn.StatusCode}");
    return 1;
}

string[] pages =
[
    "/healthz", "/", "/?range=7d", "/?range=1h", "/requests", "/requests?status=500", "/requests?status=5xx", "/requests?status=1xx", "/requests?threat=high",
    "/requests?client=10.1.3.77", "/requests?client=10.1.3.77&status=5xx", "/requests?client=10.9.9.9", "/requests?endpoint=GET%20/api/resource7/{id}", "/requests?before=1767200000000-500000", "/endpoints",
    "/endpoints/detail?method=GET&route=/api/resource7/{id}", "/threats", "/alerts", "/alerts?state=all", "/alerts?state=resolved", $"/alerts/{newestAlert}", "/settings",
    "/governance", "/governance?handler=OpenApi", "/code", "/endpoints/detail?method=GET&route=/api/legacy5/{id}",
];
Console.WriteLine($"{count:N0} events over {days} day(s) in {path} ({new FileInfo(path).Length / 1_048_576.0:N0} MB); 15 runs each after 2 warm-ups");
Console.WriteLine($"{"page",-52} {"median ms",10} {"p95 ms",8} {"first ms",9} {"KB",6} {"≤300ms",7}");
double baseline = 0;
var failed = false;
foreach (var page in pages)
{
    var times = new List<double>();
    long bytes = 0;
    double first = 0;
    for (var run = 0; run < 17; run++)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(page);
        var body = await response.Content.ReadAsByteArrayAsync();
        watch.Stop();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Console.Error.WriteLine($"{page} answered {(int)response.StatusCode}");
            return 1;
        }

        bytes = body.Length;
        first = run == 0 ? watch.Elapsed.TotalMilliseconds : first;
        if (run >= 2)
        {
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    times.Sort();
    var median = times[times.Count / 2];
    var p95 = times[(int)Math.Ceiling(times.Count * 0.95) - 1];
    baseline = page == "/healthz" ? median : baseline;
    var pass = page == "/healthz" ? "" : median <= 300 ? "PASS" : "MISS";
    failed |= pass == "MISS";
    Console.WriteLine($"{page,-52} {median,10:N1} {p95,8:N1} {first,9:N1} {bytes / 1024.0,6:N0} {pass,7}");
}

Console.WriteLine($"baseline GET /healthz median {baseline:N2} ms; every page {(failed ? "does NOT" : "does")} render within 300 ms (median)");
await app.StopAsync();
await app.DisposeAsync();
await store.DisposeAsync();
return failed ? 2 : 0;
