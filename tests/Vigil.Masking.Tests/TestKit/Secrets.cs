using System.Text;

namespace Vigil.Masking.Tests.TestKit;

/// <summary>Random secrets of every shape the masker must catch, from a seeded <see cref="Random"/>.</summary>
internal static class Secrets
{
    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string Base64Url = Alphanumeric + "-_";

    // Each entry is one sensitive name split into words, so it can be re-spelled in any convention.
    private static readonly string[][] SensitiveWords =
    [
        ["password"], ["passwd"], ["pwd"], ["secret"], ["client", "secret"], ["token"], ["access", "token"],
        ["refresh", "token"], ["id", "token"], ["api", "key"], ["x", "api", "key"], ["card", "number"],
        ["credit", "card"], ["cc", "number"], ["cvv"], ["cvc"], ["ssn"], ["pin"], ["otp"], ["private", "key"],
        ["session", "id"], ["x", "vigil", "key"], ["x", "csrf", "token"], ["new", "password"],
        ["client", "secret", "value"], ["csrf", "token"], ["user", "password", "hash"],
    ];

    private static readonly string[] Separators = ["", "_", "-", ".", " "];

    /// <summary>A high-entropy string that cannot occur by chance elsewhere in a generated exchange.</summary>
    public static string HighEntropy(Random random) => "Sx" + Pick(random, Alphanumeric, random.Next(18, 40));

    /// <summary>A sensitive name in a random case and word-separator convention (<c>API-Key</c>, <c>api_key</c>, <c>apiKey</c>...).</summary>
    public static string SensitiveName(Random random)
    {
        var words = SensitiveWords[random.Next(SensitiveWords.Length)];
        var separator = Separators[random.Next(Separators.Length)];
        var style = random.Next(5);
        var spelled = words.Select((w, i) => style switch
        {
            0 => w,
            1 => w.ToUpperInvariant(),
            2 => i == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..],
            3 => char.ToUpperInvariant(w[0]) + w[1..],
            _ => new string(w.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : c).ToArray()),
        });
        return string.Join(separator, spelled);
    }

    /// <summary>A Luhn-valid card number with a real issuer prefix, contiguous or grouped by spaces or dashes.</summary>
    public static string Card(Random random)
    {
        string[] prefixes = ["4", "51", "52", "53", "54", "55", "2221", "34", "37", "6011", "65", "35"];
        var prefix = prefixes[random.Next(prefixes.Length)];
        var length = prefix is "34" or "37" ? 15 : random.Next(3) == 0 ? random.Next(13, 20) : 16;
        var digits = new StringBuilder(prefix);
        while (digits.Length < length - 1)
        {
            digits.Append((char)('0' + random.Next(10)));
        }

        digits.Append(CheckDigit(digits.ToString()));
        var number = digits.ToString();
        var separator = random.Next(3) switch { 0 => "", 1 => " ", _ => "-" };
        return separator.Length == 0 ? number : string.Join(separator, number.Chunk(4).Select(c => new string(c)));
    }

    /// <summary>A structurally real JWT: base64url JSON header and claims, random signature.</summary>
    public static string Jwt(Random random)
    {
        var header = Base64UrlEncode($$"""{"alg":"HS256","typ":"JWT","kid":"{{Pick(random, Alphanumeric, 6)}}"}""");
        var claims = Base64UrlEncode($$"""{"sub":"{{random.Next()}}","name":"{{Pick(random, Alphanumeric, 8)}}","iat":{{random.Next()}}}""");
        return $"{header}.{claims}.{Pick(random, Base64Url, 43)}";
    }

    public static string PemKey(Random random, out string body)
    {
        body = "MII" + Pick(random, Alphanumeric, 60);
        return $"-----BEGIN RSA PRIVATE KEY-----\n{body}\n{Pick(random, Alphanumeric, 40)}\n-----END RSA PRIVATE KEY-----";
    }

    public static string Pick(Random random, string alphabet, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    private static char CheckDigit(string payload)
    {
        var sum = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            var d = payload[payload.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }

            sum += d;
        }

        return (char)('0' + (10 - sum % 10) % 10);
    }

    private static string Base64UrlEncode(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
