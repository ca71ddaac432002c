using System.Diagnostics;
using Vigil.Detection.Injection;

namespace Vigil.Detection.Tests.Injection;

/// <summary>
/// Every detector is total and linear: random characters, token soup and mutated payloads never throw,
/// and a mebibyte of the most awkward repeated fragments finishes well inside a generous bound.
/// </summary>
public sealed class InjectionFuzzTests
{
    private static readonly string[] Soup =
    [
        "'", "\"", "`", "(", ")", ";", "--", "#", "/*", "*/", "/*!", "<", ">", "</", "=", "==", "||", "&&", "|", "&",
        "$(", "${", "{{", "}}", "%", "%25", "&#", "&lt;", "\\", "\\u", "\n", "\r", "\0", " ", "..", "../", "..\\",
        "select", "union", "or", "and", "1", "0x41", "@@version", "sleep(", "<script", "onload=", "javascript:",
        "alert(", "<!ENTITY", "SYSTEM", "$ne", "[", "]", ")(", "*", "=", "-", "+", "é", "\uFFFD", "\uD800",
    ];

    private static readonly string[] Seeds =
    [
        "' or 1=1--", "-1 union select 1,2,3", "<img src=x onerror=alert(1)>", "\"-alert(1)-\"", "; cat /etc/passwd",
        "../../../etc/passwd", "{\"$ne\":1}", "*)(uid=*))(|(uid=*", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///\">]>",
        "{{7*7}}", "x\r\nSet-Cookie: a=b", "1; waitfor delay '0:0:5'--",
    ];

    [Fact]
    public void RandomCharactersNeverThrow()
    {
        var random = new Random(1);
        for (int i = 0; i < 5_000; i++)
        {
            var chars = new char[random.Next(0, 64)];
            for (int j = 0; j < chars.Length; j++)
            {
                chars[j] = (char)random.Next(0, 0x3000);
            }

            RunAll(new string(chars));
        }
    }

    [Fact]
    public void TokenSoupNeverThrows()
    {
        var random = new Random(2);
        for (int i = 0; i < 10_000; i++)
        {
            int count = random.Next(1, 24);
            var parts = new string[count];
            for (int j = 0; j < count; j++)
            {
                parts[j] = Soup[random.Next(Soup.Length)];
            }

            RunAll(string.Join(random.Next(2) == 0 ? " " : "", parts));
        }
    }

    [Fact]
    public void MutatedPayloadsNeverThrow()
    {
        var random = new Random(3);
        for (int i = 0; i < 10_000; i++)
        {
            var chars = Seeds[random.Next(Seeds.Length)].ToCharArray().ToList();
            for (int m = random.Next(1, 6); m > 0 && chars.Count > 0; m--)
            {
                int at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0:
                        chars.RemoveAt(at);
                        break;
                    case 1:
                        chars.Insert(at, Soup[random.Next(Soup.Length)][0]);
                        break;
                    default:
                        chars[at] = (char)random.Next(0x20, 0x7F);
                        break;
                }
            }

            RunAll(new string(chars.ToArray()));
        }
    }

    [Theory]
    [InlineData("'")]
    [InlineData("\"")]
    [InlineData("/*")]
    [InlineData("/*!")]
    [InlineData("<")]
    [InlineData("<a ")]
    [InlineData("(")]
    [InlineData("((select 1 ")]
    [InlineData("%25")]
    [InlineData("' or ")]
    [InlineData("=javascript:")]
    [InlineData("{{")]
    [InlineData("${")]
    [InlineData(";")]
    [InlineData("\n")]
    [InlineData("../")]
    [InlineData("db.")]
    [InlineData(")(")]
    [InlineData("<!ENTITY a \"")]
    [InlineData("\\")]
    [InlineData("`")]
    [InlineData("$(")]
    [InlineData("1 union select ")]
    [InlineData("<a b='")] // every '<' is also a tag start of its own (XSS inner tags)
    [InlineData("<title><a ")]
    [InlineData("+ADw-")] // UTF-7 reading
    [InlineData("\0<\u00BC")] // NUL-dropped and 7-bit readings
    public void OneMebibyteOfARepeatedFragmentFinishesQuickly(string fragment)
    {
        string hostile = string.Concat(Enumerable.Repeat(fragment, (1 << 20) / fragment.Length));
        var clock = Stopwatch.StartNew();
        RunAll(hostile);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"{fragment}: {clock.Elapsed}");
    }

    [Fact]
    public void DeeplyNestedParenthesesDoNotExhaustTheStack()
    {
        string nested = new string('(', 200_000) + "1" + new string(')', 200_000);
        RunAll(nested);
        RunAll("1 and " + nested);
        RunAll("'" + nested.Replace("1", "'", StringComparison.Ordinal));
    }

    private static void RunAll(string value)
    {
        foreach (InjectionDetector detector in InjectionDetectors.All)
        {
            detector.Analyze(value);
        }

        InjectionDetectors.Inspect(value);
    }
}
