namespace Vigil.Masking.Tests.Patterns;

public sealed class CardIndustryDigitTests
{
    private readonly Masker _masker = new();

    [Theory]
    [InlineData("1763726400007")] // epoch milliseconds (2025-11-21), Luhn-valid
    [InlineData("1000000000009")] // 13-digit id starting with 1, Luhn-valid
    [InlineData("7992739871300000000")]
    [InlineData("9000000000000001")]
    public void Luhn_valid_numbers_outside_the_payment_industries_are_not_cards(string number)
    {
        Assert.Equal($"{{\"ts\":{number}}}", _masker.MaskBody($"{{\"ts\":{number}}}", "application/json"));
        Assert.Equal($"created {number}", _masker.MaskText($"created {number}"));
    }

    [Theory]
    [InlineData("4111111111111111")]
    [InlineData("5555555555554444")]
    [InlineData("378282246310005")]
    [InlineData("6011111111111117")]
    [InlineData("3530111333300000")]
    public void Real_test_cards_are_still_masked(string number)
    {
        Assert.DoesNotContain(number, _masker.MaskBody($"{{\"card\":\"x\",\"n\":\"{number}\"}}", "application/json"), StringComparison.Ordinal);
        Assert.DoesNotContain(number, _masker.MaskText($"paid with {number} today"), StringComparison.Ordinal);
    }
}
