using System.Text;
using Vigil.Masking.Tests.TestKit;

namespace Vigil.Masking.Tests.Fuzz;

/// <summary>
/// Bodies damaged around a planted secret (garbage before and after, a cut, a wrong Content-Type) must still not
/// leak it: this drives the invalid-JSON and text fallbacks with secrets in them, not just garbage.
/// </summary>
public sealed class DamagedDocumentTests
{
    private static readonly string[] Contexts =
    [
        "{\"a\": [1, {\"b\": \"x\"}], \"c\": ", ", \"d\": {\"e\": null}}", "a=1&b=%20x+y&c", "<r><a k=\"v\">t</a>",
        "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n", "line one\nkey: value\n", "[\"x\", {\"y\": [", "'q': ",
    ];

    // Never "": gluing context onto the name ("x" + "token") makes a different, innocent name.
    private static readonly string[] Separators = [" ", "\n", "{", ", ", "&", ";", "[", "(", "\"", "'", "\r\n"];

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    public void Detect_a_secret_survives_no_damage_around_it(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 2000; i++)
        {
            var secret = Secrets.HighEntropy(random);
            var name = Secrets.SensitiveName(random);
            var tag = name.Replace(' ', '_');
            var planted = random.Next(8) switch
            {
                0 => $"\"{name}\": \"{secret}\"",
                1 => $"\"{name}\": {{\"v\": [\"{secret}\"]}}",
                2 => $"\"{name}\":\"{secret}\"",
                3 => $"\"{name}\" : [ \"{secret}\" , 1 ]",
                4 => $"{name}={secret}",
                5 => $"<{tag}>{secret}</{tag}>",
                6 => $"'{name}': '{secret}'",
                _ => $"{name}: {secret}\n",
            };

            var body = new StringBuilder()
                .Append(Garbage.Mutate(random, Contexts[random.Next(Contexts.Length)]))
                .Append(Separators[random.Next(Separators.Length)])
                .Append(planted)
                .Append(Separators[random.Next(Separators.Length)])
                .Append(Garbage.Mutate(random, Contexts[random.Next(Contexts.Length)]))
                .ToString();
            var contentType = Garbage.ContentTypes[random.Next(Garbage.ContentTypes.Length)];

            var masked = Masker.Default.MaskBody(body, contentType);

            Assert.False(masked.Contains(secret, StringComparison.Ordinal), $"seed {seed}/{i} {contentType}: {Escape(body)} => {Escape(masked)}");
        }
    }

    private static string Escape(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
