using System.Diagnostics;
using System.Text;

namespace Vigil.Masking.Tests.Fuzz;

/// <summary>
/// Inputs built to trip quadratic scans or backtracking. Each must finish well inside a generous sanity bound;
/// a linear scanner takes milliseconds, a quadratic one minutes.
/// </summary>
public sealed class HostileInputTests
{
    private const int OneMebibyte = 1 << 20;
    private const int Quarter = OneMebibyte / 4;
    // Not a speed claim (bench/Vigil.Bench.Masking makes those): a guard against a quadratic scan, which on a mebibyte
    // takes hours. Linear masking takes ~0.5 s here alone but 6 s when CI runs every test project at once on 2 cores.
    private static readonly TimeSpan SanityBound = TimeSpan.FromSeconds(60);

    // The brief's named cases run at a full mebibyte; the rest at 256 KiB, where a quadratic scan would still take
    // minutes while a linear one keeps the whole suite within seconds.
    public static TheoryData<string, int> Patterns => new()
    {
        { "{\"a\":", OneMebibyte }, { "-----BEGIN ", OneMebibyte }, { "0", OneMebibyte }, { "{\"password\":", OneMebibyte },
        { "[", Quarter }, { "\"", Quarter }, { "\\", Quarter }, { "-----BEGIN RSA PRIVATE KEY-----", Quarter }, { "4111 ", Quarter },
        { "1-", Quarter }, { "eyJ", Quarter }, { "eyJhbGciOiJIUzI1NiJ9.", Quarter }, { "Bearer ", Quarter }, { "bearer", Quarter },
        { "://", Quarter }, { "://a:", Quarter }, { "a=", Quarter }, { "password=", Quarter }, { "password:", Quarter },
        { "<password ", Quarter }, { "<a", Quarter }, { "<token>", Quarter }, { "ghp_", Quarter }, { "sk-", Quarter }, { "&", Quarter },
        { "%", Quarter }, { "%2", Quarter }, { "--b\r\n", Quarter }, { "\n\n", Quarter }, { "\"k\":", Quarter }, { "'", Quarter },
        { "a", Quarter }, { " ", Quarter }, { "API Key ", Quarter }, { "\"a\":\"", Quarter }, { "1111 ", Quarter }, { "a a:", Quarter },
        { "tokena= <", Quarter }, { "x{pin=1&", Quarter }, { "<pin/ ", Quarter }, { "password: ", Quarter }, { "[\"a\", \"token\": ", Quarter },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Safe_a_large_repetition_of_one_pattern_finishes(string pattern, int length)
    {
        var input = Repeat(pattern, length);
        var failures = new List<Exception>();
        var masker = new Masker(null, failures.Add);
        var stopwatch = Stopwatch.StartNew();

        foreach (var contentType in new[] { "application/json", "application/x-www-form-urlencoded", "multipart/form-data; boundary=b", "text/plain" })
        {
            Assert.NotNull(masker.MaskBody(input, contentType));
        }

        Assert.NotNull(masker.MaskText(input));
        Assert.NotNull(masker.MaskQuery(input));
        Assert.NotNull(masker.MaskHeader("X-Any", input));

        Assert.True(stopwatch.Elapsed < SanityBound, $"{pattern}: {stopwatch.Elapsed}");
        Assert.Empty(failures);
    }

    [Fact]
    public void Detect_a_huge_sensitive_value_is_still_masked()
    {
        var body = "{\"password\":\"" + new string('x', OneMebibyte) + "\",\"ok\":1}";

        Assert.Equal("{\"password\":\"****\",\"ok\":1}", Masker.Default.MaskBody(body, "application/json"));
    }

    [Fact]
    public void Detect_a_key_in_a_mebibyte_of_digits_and_noise()
    {
        var text = Repeat("12345 ", OneMebibyte / 2) + " eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln " + Repeat("a=", OneMebibyte / 2);

        Assert.DoesNotContain("eyJhbGciOiJIUzI1NiJ9", Masker.Default.MaskText(text), StringComparison.Ordinal);
    }

    private static string Repeat(string pattern, int length)
    {
        var builder = new StringBuilder(length + pattern.Length);
        while (builder.Length < length)
        {
            builder.Append(pattern);
        }

        return builder.ToString();
    }
}
