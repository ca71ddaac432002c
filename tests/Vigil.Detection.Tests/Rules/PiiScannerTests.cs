using Vigil.Detection.Rules.DataExposure.Pii;

namespace Vigil.Detection.Tests.Rules;

public sealed class PiiScannerTests
{
    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("5555555555554444", true)]
    [InlineData("4111111111111112", false)]
    public void Luhn(string digits, bool valid) => Assert.Equal(valid, Checksums.Luhn(digits));

    [Theory]
    [InlineData("234123412346", true)]
    [InlineData("498765432102", true)]
    [InlineData("234123412345", false)]
    [InlineData("243123412346", false)]
    public void Verhoeff(string digits, bool valid) => Assert.Equal(valid, Checksums.Verhoeff(digits));

    [Theory]
    [InlineData("GB82WEST12345698765432", true)]
    [InlineData("DE89370400440532013000", true)]
    [InlineData("DE88370400440532013000", false)]
    [InlineData("GB82west12345698765432", false)]
    public void Iban(string iban, bool valid) => Assert.Equal(valid, Checksums.Iban(iban));

    [Theory]
    [InlineData("Mail asha@example.com, call +44 20 7946 0958, card 4111-1111-1111-1111.", 3)]
    [InlineData("ids 1234567890123 and 2026-11-21 and v1.2.3456789 and 9876543210", 0)]
    public void Scans_text(string text, int kinds)
    {
        var hits = new List<(PiiKind, string)>();
        PiiScanner.Scan("", text, hits);

        Assert.Equal(kinds, hits.Select(h => h.Item1).Distinct().Count());
    }

    [Fact]
    public void Is_linear_on_hostile_input()
    {
        var hits = new List<(PiiKind, string)>();
        var text = string.Concat(Enumerable.Repeat("1 2-3 (4 @a.", 20_000)) + new string('A', 100_000);
        PiiScanner.Scan("", text, hits);
        Assert.NotNull(hits);
    }
}
