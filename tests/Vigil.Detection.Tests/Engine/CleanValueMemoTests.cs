using Vigil.Detection.Engine;
using Vigil.Detection.Inputs;

namespace Vigil.Detection.Tests.Engine;

public sealed class CleanValueMemoTests
{
    private static readonly string[] Values =
    [
        "' OR '1'='1", "1 UNION SELECT username, password FROM users--", "<script>alert(1)</script>", "8.8.8.8; cat /etc/passwd",
        "..%2f..%2f..%2fetc%2fshadow", "{{7*7}}", "${7*7}", "{\"$ne\":null}", "*)(uid=*))(|(uid=*", "x\r\nSet-Cookie: a=b",
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "JyBPUiAnMSc9JzE=", "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
        "O'Brien", "union was a great select", "x < y and y > z", "Tom & Jerry; the movie", "reports/2026/q3.pdf", "Wait... what?",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36", "https://shop.example.com/cart?step=2&coupon=SAVE10",
        "Use {name} as a placeholder", "I <3 this place", "price $5 | shipping free",
    ];

    private static List<RequestInput> Inputs() =>
        [.. Values.Select((v, i) => i % 2 == 0 ? new RequestInput(InputSource.Query, $"n{i}", v, $"query.n{i}") : new RequestInput(InputSource.Header, "User-Agent", v, "header.User-Agent"))];

    [Fact]
    public void Scanning_with_the_memo_finds_exactly_what_scanning_without_it_finds_every_time()
    {
        var expected = InjectionScan.Run(Inputs(), memo: null);
        var memo = new CleanValueMemo();

        var first = InjectionScan.Run(Inputs(), memo);
        var second = InjectionScan.Run(Inputs(), memo);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
    }

    [Fact]
    public void Only_values_no_detector_flagged_are_remembered()
    {
        var memo = new CleanValueMemo();

        InjectionScan.Run([new RequestInput(InputSource.Query, "q", "' OR '1'='1", "query.q"), new RequestInput(InputSource.Header, "User-Agent", "Mozilla/5.0 (bench)", "header.User-Agent")], memo);

        Assert.False(memo.IsKnownClean("' OR '1'='1"));
        Assert.True(memo.IsKnownClean("Mozilla/5.0 (bench)"));
    }

    [Fact]
    public void Query_values_and_credential_headers_are_never_held()
    {
        // The rules run before the collector's masking pass: a remembered token would outlive its request.
        var memo = new CleanValueMemo();

        InjectionScan.Run(
        [
            new RequestInput(InputSource.Query, "api_key", "sk_live_51Habc.Def-ghiJ", "query.api_key"),
            new RequestInput(InputSource.Header, "Authorization", "Bearer eyJhbGciOi.JIUzI1Ni", "header.Authorization"),
            new RequestInput(InputSource.Header, "X-Api-Key", "k3y/With+Slash=", "header.X-Api-Key"),
            new RequestInput(InputSource.JsonValue, "password", "hunter2 is (my) password", "body/password"),
        ], memo);

        Assert.Equal(0, memo.Count);
    }

    [Fact]
    public void The_memo_stays_bounded_in_entries_and_value_length()
    {
        var memo = new CleanValueMemo();
        for (var i = 0; i <= CleanValueMemo.MaxEntries + 10; i++)
        {
            memo.RememberClean($"value {i}");
        }

        memo.RememberClean(new string('a', CleanValueMemo.MaxChars + 1));

        Assert.InRange(memo.Count, 1, CleanValueMemo.MaxEntries);
        Assert.False(memo.IsKnownClean(new string('a', CleanValueMemo.MaxChars + 1)));
    }
}
