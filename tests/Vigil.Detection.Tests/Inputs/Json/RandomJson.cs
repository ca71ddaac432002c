using System.Globalization;
using System.Text;

namespace Vigil.Detection.Tests.Inputs.Json;

/// <summary>
/// Seeded JSON documents of the shapes the walkers meet: nested objects and arrays (past 256 items too), escaped and
/// non-ASCII names, '/' and '~' in names, PII-like and plain values, lone surrogates, comments, and cuts mid-document.
/// </summary>
internal static class RandomJson
{
    private static readonly string[] Names =
    [
        "id", "email", "phone", "name", "items", "a/b", "x~y", "caf\u00e9", "\\u0070hone", "na\\\"me", "", "dob", "passport", "token", "card",
    ];

    private static readonly string[] Strings =
    [
        "asha@example.com", "support@example.com", "+44 20 7946 0958", "4111 1111 1111 1111", "1990-04-12", "served", "ab", "a@b",
        "\\u0061sha@example.com", "12\\u00334", "\u00e9\u00e9\u00e9@x.io", "\\uD800", "x\\ny", "AB1234567", "DE89370400440532013000", "", "1234",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
    ];

    public static IEnumerable<string> Documents(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            Value(random, text, depth: 0);
            var json = text.ToString();
            yield return random.Next(5) == 0 ? json[..random.Next(json.Length + 1)] : json;
        }
    }

    private static void Value(Random random, StringBuilder text, int depth)
    {
        switch (depth > 4 ? random.Next(3) : random.Next(6))
        {
            case 0:
                text.Append('"').Append(Strings[random.Next(Strings.Length)]).Append('"');
                break;
            case 1:
                text.Append(random.Next(4) == 0 ? "-12.5e3" : random.Next(0, 100_000).ToString(CultureInfo.InvariantCulture));
                break;
            case 2:
                text.Append(random.Next(2) == 0 ? "true" : "null");
                break;
            case 3 or 4:
                text.Append('{');
                var properties = random.Next(5);
                for (var p = 0; p < properties; p++)
                {
                    text.Append(p > 0 ? "," : "").Append(random.Next(8) == 0 ? "/*c*/" : "").Append('"').Append(Names[random.Next(Names.Length)]).Append("\":");
                    Value(random, text, depth + 1);
                }

                text.Append('}');
                break;
            default:
                text.Append('[');
                var items = random.Next(10) == 0 ? 300 : random.Next(5);
                for (var n = 0; n < items; n++)
                {
                    text.Append(n > 0 ? "," : "");
                    Value(random, text, depth + 3);
                }

                text.Append(']');
                break;
        }
    }
}
