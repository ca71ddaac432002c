using Vigil.Samples.QrOrdering.Payments;

namespace Vigil.Samples.QrOrdering.Tests.Payments;

public sealed class CardNumbersTests
{
    [Theory]
    [InlineData("4242 4242 4242 4242", true)]
    [InlineData("5555-5555-5555-4444", true)]
    [InlineData("4242 4242 4242 4241", false)]
    public void Luhn_CatchesTypos(string typed, bool valid) =>
        Assert.Equal(valid, CardNumbers.DigitsOf(typed) is { } digits && CardNumbers.PassesLuhn(digits));

    [Theory]
    [InlineData("4242")]
    [InlineData("4242 4242 4242 424x")]
    [InlineData("42424242424242424242")]
    public void DigitsOf_RejectsWhatCannotBeACardNumber(string typed) => Assert.Null(CardNumbers.DigitsOf(typed));

    [Theory]
    [InlineData("4242424242424242", "visa")]
    [InlineData("5555555555554444", "mastercard")]
    [InlineData("378282246310005", "amex")]
    [InlineData("6521000000000007", "rupay")]
    public void BrandOf_ReadsTheIssuerPrefix(string digits, string brand) => Assert.Equal(brand, CardNumbers.BrandOf(digits));

    [Theory]
    [InlineData("12/26", 2026, 11, false)]
    [InlineData("11/26", 2026, 11, false)]
    [InlineData("10/26", 2026, 11, true)]
    public void Expiry_LastsUntilTheEndOfTheMonth(string text, int year, int month, bool passed)
    {
        Assert.True(CardExpiry.TryParse(text, out var expiry));
        Assert.Equal(passed, expiry.HasPassed(new DateTimeOffset(year, month, 15, 0, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("13/26")]
    [InlineData("1/26")]
    [InlineData("12-26")]
    public void Expiry_RejectsOtherFormats(string text) => Assert.False(CardExpiry.TryParse(text, out _));
}
