using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vigil.Masking.Tests.TestKit;

/// <summary>Random but innocent exchange content: nothing here may be masked.</summary>
internal static class BenignData
{
    public static readonly string[] Keys =
    [
        "id", "name", "email", "qty", "sku", "price", "tags", "items", "address", "city", "zip", "note", "created",
        "status", "count", "page", "sort", "filter", "lang", "color", "size", "description", "title", "url", "ref",
        "shipping", "topping", "spinner", "orderId", "user_name", "Customer-Type",
    ];

    private static readonly string[] Words =
    [
        "alpha", "bravo", "shoes", "coffee", "Zoë", "café au lait", "north", "blue", "large", "ok", "pending",
        "hello world", "a+b", "50% off", "x&y", "q=1", "multi\nline", "tab\there", "quote\"d", "漢字", "🙂",
    ];

    private static readonly string[] HeaderNames =
    [
        "Accept", "Accept-Language", "User-Agent", "X-Request-Id", "X-Correlation-Id", "Cache-Control", "Origin",
        "X-Forwarded-For", "Via", "X-Trace", "If-None-Match",
    ];

    public static string Word(Random random) => Words[random.Next(Words.Length)];

    public static string Key(Random random) => Keys[random.Next(Keys.Length)];

    public static string HeaderName(Random random) => HeaderNames[random.Next(HeaderNames.Length)];

    public static string ScalarText(Random random) => random.Next(7) switch
    {
        0 => RandomGuid(random).ToString(),
        1 => new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(random.Next()).ToString("O", CultureInfo.InvariantCulture),
        2 => random.Next(1_000_000).ToString(CultureInfo.InvariantCulture),
        3 => $"user{random.Next(1000)}@example.com",
        4 => $"https://shop.example/p/{random.Next(1000)}?ref=home",
        _ => Word(random),
    };

    public static JsonNode? Scalar(Random random) => random.Next(5) switch
    {
        0 => JsonValue.Create(random.Next(-1000, 1_000_000)),
        1 => JsonValue.Create(Math.Round(random.NextDouble() * 1000, 3)),
        2 => JsonValue.Create(random.Next(2) == 0),
        3 => null,
        _ => JsonValue.Create(ScalarText(random)),
    };

    /// <summary>A random object tree; every container is also returned so a secret can be planted at any depth.</summary>
    public static JsonObject Tree(Random random, List<JsonNode> containers, int depth = 0)
    {
        var obj = new JsonObject();
        containers.Add(obj);
        var count = random.Next(1, 6);
        for (var i = 0; i < count; i++)
        {
            var key = Key(random) + (i == 0 ? "" : i.ToString(CultureInfo.InvariantCulture));
            obj[key] = depth < 4 && random.Next(4) == 0 ? Tree(random, containers, depth + 1)
                : depth < 4 && random.Next(5) == 0 ? Array(random, containers, depth + 1)
                : Scalar(random);
        }

        return obj;
    }

    public static string Serialize(JsonNode node, Random random) => node.ToJsonString(new JsonSerializerOptions
    {
        WriteIndented = random.Next(2) == 0,
        Encoder = random.Next(2) == 0 ? JavaScriptEncoder.UnsafeRelaxedJsonEscaping : JavaScriptEncoder.Default,
    });

    public static List<KeyValuePair<string, string>> Pairs(Random random)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        for (var i = random.Next(0, 6); i > 0; i--)
        {
            pairs.Add(new(Key(random), ScalarText(random)));
        }

        return pairs;
    }

    public static string Encode(IEnumerable<KeyValuePair<string, string>> pairs, Random random)
    {
        var builder = new StringBuilder();
        foreach (var (key, value) in pairs)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(EncodeComponent(key, random)).Append('=').Append(EncodeComponent(value, random));
        }

        return builder.ToString();
    }

    /// <summary>Form encoding with <c>+</c> for spaces, percent-encoding with <c>%20</c>, or every character percent-encoded.</summary>
    public static string EncodeComponent(string text, Random random) => random.Next(3) switch
    {
        0 => WebUtility.UrlEncode(text),
        1 => Uri.EscapeDataString(text),
        _ => string.Concat(Encoding.UTF8.GetBytes(text).Select(b => $"%{b:X2}")),
    };

    private static Guid RandomGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static JsonArray Array(Random random, List<JsonNode> containers, int depth)
    {
        var array = new JsonArray();
        containers.Add(array);
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            array.Add(random.Next(3) == 0 ? Tree(random, containers, depth + 1) : Scalar(random));
        }

        return array;
    }
}
