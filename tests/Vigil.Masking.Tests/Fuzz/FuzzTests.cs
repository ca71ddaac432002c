using Vigil.Masking.Tests.TestKit;

namespace Vigil.Masking.Tests.Fuzz;

/// <summary>
/// Random and mutated inputs must never reach the fail-closed path: the maskers handle them rather than throw.
/// (The public API would hide a throw behind "****", so these tests watch the failure observer instead.)
/// </summary>
public sealed class FuzzTests
{
    private static readonly string[] Samples =
    [
        """{"user":{"name":"Zoë","password":"hunter2","tags":["a",{"token":"t"}]},"n":4111111111111111,"s":"Bearer abcdefghijkl"}""",
        "user=bob&password=hunter2&card=4111+1111+1111+1111&next=https%3A%2F%2Fx%2F%3Ftoken%3Dabc",
        "--b\r\nContent-Disposition: form-data; name=\"pin\"\r\n\r\n1234\r\n--b\r\nContent-Disposition: form-data; name=\"x\"\r\nContent-Type: application/json\r\n\r\n{\"secret\":1}\r\n--b--",
        "<a><password>x</password><![CDATA[token=y]]><b k=\"v\" secret='z'/></a>",
        "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\neyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig postgres://u:p@h",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Safe_random_inputs_never_fail(int seed)
    {
        var failures = new List<Exception>();
        var masker = new Masker(null, failures.Add);
        var random = new Random(seed);
        for (var i = 0; i < 1000; i++)
        {
            Exercise(masker, random, Garbage.Random(random, 300));
        }

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    public void Safe_mutated_documents_never_fail(int seed)
    {
        var failures = new List<Exception>();
        var masker = new Masker(null, failures.Add);
        var random = new Random(seed);
        for (var i = 0; i < 1000; i++)
        {
            Exercise(masker, random, Garbage.Mutate(random, Samples[random.Next(Samples.Length)]));
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Safe_null_and_empty_inputs()
    {
        var failures = new List<Exception>();
        var masker = new Masker(null, failures.Add);

        Assert.Null(masker.MaskText(null!));
        Assert.Null(masker.MaskQuery(null!));
        Assert.Null(masker.MaskBody(null!, null));
        Assert.Null(masker.MaskHeader(null!, null!));
        Assert.Equal("", masker.MaskBody("", "application/json"));
        Assert.Equal("****", masker.MaskHeader(null!, "Bearer abcdefghijklmnop").Replace("Bearer ", "", StringComparison.Ordinal));
        masker.MaskExchange(null!);
        Assert.Empty(failures);
    }

    [Fact]
    public void Detect_a_failure_inside_masking_replaces_the_value()
    {
        var failures = new List<Exception>();
        var masker = new Masker(null, failures.Add);

        var result = masker.Guard("secret value", _ => throw new InvalidOperationException("boom"));

        Assert.Equal(Masker.Redacted, result);
        Assert.Single(failures);
    }

    private static void Exercise(Masker masker, Random random, string input)
    {
        Assert.NotNull(masker.MaskBody(input, Garbage.ContentTypes[random.Next(Garbage.ContentTypes.Length)]));
        Assert.NotNull(masker.MaskQuery(input));
        Assert.NotNull(masker.MaskText(input));
        Assert.NotNull(masker.MaskHeader(random.Next(2) == 0 ? "Cookie" : input, input));
        _ = masker.IsSensitiveName(input);
    }
}
