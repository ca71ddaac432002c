using System.Text;

namespace Vigil.Masking.Tests.TestKit;

/// <summary>Random and mutated inputs biased towards the characters and fragments the maskers react to.</summary>
internal static class Garbage
{
    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", "\"", ":", ",", "\\", "\\u", "\\u00", "\\\"", "'", "=", "&", ";", "<", ">", "</", "/>", "<![CDATA[",
        "]]>", "%", "%2", "%ZZ", "+", "-", " ", "\r\n", "\n\n", "\t", "\0", "eyJ", ".", "eyJhbGciOiJIUzI1NiJ9.", "-----BEGIN ",
        "PRIVATE KEY-----", "-----END ", "Bearer ", "://", "@", "password", "token", "pin", "4111", "1111 ", "0", "9",
        "null", "true", "1e309", "-0.0", "ghp_", "sk_live_", "AKIA", "--b", "Content-Disposition: form-data; name=\"pwd\"",
        "\uD800", "\uDC00", "\uFFFD", "é", "漢", "🙂", "\u2028",
    ];

    public static readonly string[] ContentTypes =
    [
        "application/json", "application/x-www-form-urlencoded", "multipart/form-data; boundary=b", "text/plain",
        "application/xml", "", "garbage;;;boundary=", "multipart/form-data; boundary=\"\"",
    ];

    public static string Random(Random random, int maxLength)
    {
        var builder = new StringBuilder();
        var length = random.Next(maxLength + 1);
        while (builder.Length < length)
        {
            if (random.Next(3) == 0)
            {
                builder.Append((char)random.Next(0, 0x10000));
            }
            else
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
            }
        }

        return builder.ToString();
    }

    public static string Mutate(Random random, string input)
    {
        var text = new StringBuilder(input);
        for (var i = random.Next(1, 6); i > 0; i--)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(5))
            {
                case 0 when text.Length > 0:
                    text.Remove(Math.Min(at, text.Length - 1), Math.Min(random.Next(1, 20), text.Length - Math.Min(at, text.Length - 1)));
                    break;
                case 1:
                    text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2 when text.Length > 0:
                    text[Math.Min(at, text.Length - 1)] = (char)random.Next(0, 0x10000);
                    break;
                case 3:
                    text.Length = at;
                    break;
                default:
                    var from = random.Next(text.Length + 1);
                    text.Insert(at, text.ToString(from, Math.Min(random.Next(1, 40), text.Length - from)));
                    break;
            }
        }

        return text.ToString();
    }
}
