using Vigil.Masking.Tests.TestKit;

namespace Vigil.Masking.Tests.Properties;

/// <summary>
/// Thousands of random exchanges, each with one secret planted at a random place under a random spelling.
/// After masking, the secret must appear in none of the exchange's strings. Seeds are fixed, so a failure
/// names the case that reproduces it.
/// </summary>
public sealed class PlantedSecretTests
{
    private const int CasesPerBlock = 1000;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Detect_a_planted_secret_never_survives(int block)
    {
        for (var i = 0; i < CasesPerBlock; i++)
        {
            var seed = block * 100_000 + i;
            var random = new Random(seed);
            var exchange = ExchangeGenerator.Benign(random);
            var planted = SecretPlanter.Plant(exchange, random);

            Masker.Default.MaskExchange(exchange);

            foreach (var text in ExchangeGenerator.Strings(exchange))
            {
                foreach (var secret in planted.MustNotSurvive)
                {
                    Assert.False(text.Contains(secret, StringComparison.Ordinal), $"seed {seed}, {planted.Where}: survived in {text}");
                }

                if (planted.CardDigits is { } digits)
                {
                    var squashed = text.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
                    Assert.False(squashed.Contains(digits, StringComparison.Ordinal), $"seed {seed}, {planted.Where}: card survived in {text}");
                }
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Safe_random_exchanges_without_secrets_are_unchanged(int block)
    {
        for (var i = 0; i < CasesPerBlock; i++)
        {
            var seed = block * 100_000 + i;
            var before = ExchangeGenerator.Strings(ExchangeGenerator.Benign(new Random(seed))).ToArray();
            var exchange = ExchangeGenerator.Benign(new Random(seed));

            Masker.Default.MaskExchange(exchange);

            Assert.Equal(before, ExchangeGenerator.Strings(exchange).ToArray());
        }
    }
}
