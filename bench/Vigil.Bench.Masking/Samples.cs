using System.Globalization;
using System.Text;
using Vigil.Core.Capture;

namespace Vigil.Bench.Masking;

/// <summary>The inputs: the SDK overhead benchmark's order body and headers, plus a few variants with something to mask.</summary>
internal static class Samples
{
    public static readonly string OrderBody = Order(extra: "");

    /// <summary>The same order with a password field and a card number, so the masking (not only the checking) path runs.</summary>
    public static readonly string OrderWithSecrets = Order(extra: "\"password\":\"hunter2!\",\"card\":\"4111 1111 1111 1111\",");

    public static readonly string ResponseBody =
        "{\"orderId\":\"ord_01HZY3K9V7Q2\",\"status\":\"accepted\",\"customerId\":\"cus_8f14e45fceea167a5a36dedd4bea2543\",\"total\":\"462.0\","
        + Lines() + ",\"notes\":\"Leave at the reception desk; call on arrival.\"}";

    public static readonly (string Name, string Value)[] RequestHeaders =
    [
        ("Host", "localhost:5080"),
        ("Content-Type", "application/json; charset=utf-8"),
        ("Content-Length", OrderBody.Length.ToString(CultureInfo.InvariantCulture)),
        ("Accept", "application/json"),
        ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"),
        ("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
    ];

    public static readonly (string Name, string Value)[] ResponseHeaders =
    [
        ("Content-Type", "application/json; charset=utf-8"),
        ("Date", "Tue, 14 Jan 2025 10:21:33 GMT"),
        ("Server", "Kestrel"),
    ];

    public static readonly (string Name, string Value)[] AllHeaders = [.. RequestHeaders, .. ResponseHeaders];

    public const string Query = "page=2&pageSize=50&sort=-createdAt&status=open&customer=cus_8f14e45fceea167a5a36dedd4bea2543";

    public static readonly string Prose = ProseOf(1024);

    public static CapturedExchange Exchange()
    {
        var request = new CapturedRequest
        {
            Method = "POST", Scheme = "http", Host = "localhost:5080", Path = "/orders", Route = "/orders", Query = "",
            Protocol = "HTTP/1.1", ClientIp = "127.0.0.1", Body = OrderBody, Headers = Map(RequestHeaders),
        };
        var response = new CapturedResponse { Status = 200, Body = ResponseBody, Headers = Map(ResponseHeaders) };
        return new CapturedExchange { Request = request, Response = response };
    }

    private static HeaderMap Map((string Name, string Value)[] headers)
    {
        var map = new HeaderMap(headers.Length);
        foreach (var (name, value) in headers)
        {
            map[name] = [value];
        }

        return map;
    }

    private static string Order(string extra) =>
        "{\"customerId\":\"cus_8f14e45fceea167a5a36dedd4bea2543\",\"email\":\"jane.doe@example.com\",\"currency\":\"EUR\"," + extra
        + Lines() + ",\"notes\":\"Leave at the reception desk; call on arrival.\"}";

    private static string Lines()
    {
        var builder = new StringBuilder("\"lines\":[");
        for (var i = 1; i <= 8; i++)
        {
            builder.Append(CultureInfo.InvariantCulture,
                $"{(i > 1 ? "," : "")}{{\"sku\":\"SKU-{i:D6}-BLK\",\"name\":\"Stainless travel mug, 350 ml, variant {i}\",\"quantity\":{i},\"unitPrice\":{12.5m + i}}}");
        }

        return builder.Append(']').ToString();
    }

    private static string ProseOf(int length)
    {
        const string Sentence = "The customer asked whether the order could be delivered before Friday, and the support agent "
            + "confirmed that the parcel left the warehouse on 12 March at 14:05 with tracking number 00340434161094012345. ";
        var builder = new StringBuilder(length + Sentence.Length);
        while (builder.Length < length)
        {
            builder.Append(Sentence);
        }

        return builder.ToString(0, length);
    }
}
