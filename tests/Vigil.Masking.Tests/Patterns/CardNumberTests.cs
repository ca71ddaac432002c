namespace Vigil.Masking.Tests.Patterns;

public sealed class CardNumberTests
{
    private static readonly Masker Masker = Masker.Default;

    [Theory]
    [InlineData("4111111111111111", "****")]
    [InlineData("4111 1111 1111 1111", "****")]
    [InlineData("4111-1111-1111-1111", "****")]
    [InlineData("5555555555554444", "****")]
    [InlineData("3782 822463 10005", "****")]
    [InlineData("6011111111111117", "****")]
    [InlineData("4222222222222", "****")]
    [InlineData("6304000000000000000", "****")]
    [InlineData("card: 4012888888881881.", "card: ****.")]
    [InlineData("card=4012888888881881&x", "card=****&x")]
    [InlineData("(4111111111111111)", "(****)")]
    [InlineData("two 4111111111111111 4012888888881881 cards", "two **** **** cards")]
    [InlineData("4111 1111 1111 1111 5555 5555 5555 4444", "**** ****")]
    [InlineData("n_4111111111111111", "n_****")]
    [InlineData("\"4111111111111111\"", "\"****\"")]
    public void Detect_luhn_valid_card_numbers(string text, string expected) => Assert.Equal(expected, Masker.MaskText(text));

    [Theory]
    [InlineData("4111111111111112")]
    [InlineData("1234567890123456")]
    [InlineData("411111111111")]
    [InlineData("order 123456789012 shipped")]
    [InlineData("41111111111111111111")]
    [InlineData("x 4111111111111111234567 y")]
    [InlineData("2024-01-15T10:20:30.123456789Z")]
    [InlineData("2024-01-15 2024-02-20 2024-03-31")]
    [InlineData("550e8400-e29b-41d4-a716-446655440000")]
    [InlineData("+14155552671 or +8613800138000 or +1 (415) 555-2671 or +44 20 7946 0958")]
    [InlineData("lat 37.7749295000000141 lng 122.4194155000000111")]
    [InlineData("hash a4111111111111111b")]
    [InlineData("1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6")]
    [InlineData("4111 1111-1111 1111")]
    [InlineData("ts 1718000000000")]
    public void Safe_digit_runs_that_are_not_cards(string text) => Assert.Equal(text, Masker.MaskText(text));
}
