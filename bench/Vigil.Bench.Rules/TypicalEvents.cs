using System.Globalization;
using Vigil.Core.Capture;

namespace Vigil.Bench.Rules;

/// <summary>
/// A deterministic mix shaped like API traffic: reads by id, searches with query strings, JSON posts with nested
/// bodies, browser and app headers, cookies; one event in ten carries an attack value somewhere.
/// </summary>
internal static class TypicalEvents
{
    private static readonly string[] Attacks =
    [
        "' OR '1'='1' --", "<img src=x onerror=alert(1)>", "../../../../etc/passwd", "http://169.254.169.254/latest/meta-data/",
        "; cat /etc/passwd", "{{7*7}}", "1 UNION SELECT username, password FROM users",
    ];

    private static readonly string[] Searches = ["paneer tikka", "O'Brien's cafe", "vegan & gluten-free", "pizza near me", "drop-off times", "select a union rep"];

    public static List<CapturedExchange> Create(int count, int seed = 7)
    {
        var random = new Random(seed);
        var events = new List<CapturedExchange>(count);
        for (var i = 0; i < count; i++)
        {
            var attack = i % 10 == 9 ? Attacks[random.Next(Attacks.Length)] : null;
            events.Add((i % 3) switch
            {
                0 => ReadById(random, attack),
                1 => Search(random, attack),
                _ => PostOrder(random, attack),
            });
        }

        return events;
    }

    private static CapturedExchange ReadById(Random random, string? attack) =>
        Exchange("GET", $"/api/orders/{random.Next(1000, 99999).ToString(CultureInfo.InvariantCulture)}", "", null, attack is null ? null : ("X-Forwarded-Host", attack));

    private static CapturedExchange Search(Random random, string? attack) =>
        Exchange("GET", "/api/restaurants", $"q={Uri.EscapeDataString(attack ?? Searches[random.Next(Searches.Length)])}&page={random.Next(1, 9)}&pageSize=20", null, null);

    private static CapturedExchange PostOrder(Random random, string? attack)
    {
        var note = System.Text.Json.JsonSerializer.Serialize(attack ?? "Leave at the door; ring twice, thanks!");
        var body = $$"""{"tableQrToken":"qr_{{random.Next():x}}","customer":{"name":"Siobhán O'Brien","phone":"+91 98765 43210","email":"siobhan+orders@example.ie"},"items":[{"menuItemId":{{random.Next(1, 300)}},"quantity":2,"note":{{note}}},{"menuItemId":7,"quantity":1}]}""";
        return Exchange("POST", "/api/orders", "", body, null);
    }

    private static CapturedExchange Exchange(string method, string path, string query, string? body, (string Name, string Value)? extraHeader)
    {
        var headers = new HeaderMap
        {
            ["Host"] = ["orders.example.com"],
            ["Accept"] = ["application/json"],
            ["User-Agent"] = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"],
            ["Cookie"] = ["session=****; theme=dark"],
            ["Referer"] = ["https://orders.example.com/menu?table=12"],
        };
        if (body is not null)
        {
            headers["Content-Type"] = ["application/json"];
        }

        if (extraHeader is { } h)
        {
            headers[h.Name] = [h.Value];
        }

        var response = """{"id":1042,"status":"accepted","total":24.5,"items":[{"menuItemId":12,"name":"Paneer tikka","quantity":2}]}""";
        return new CapturedExchange
        {
            Id = Guid.NewGuid(),
            Timestamp = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero),
            DurationMs = 4,
            Request = new CapturedRequest { Method = method, Scheme = "https", Host = "orders.example.com", Path = path, Query = query, Protocol = "HTTP/2", ClientIp = "198.51.100.7", Headers = headers, Body = body },
            Response = new CapturedResponse { Status = 200, Headers = new HeaderMap { ["Content-Type"] = ["application/json; charset=utf-8"] }, Body = response, Size = response.Length },
        };
    }
}
