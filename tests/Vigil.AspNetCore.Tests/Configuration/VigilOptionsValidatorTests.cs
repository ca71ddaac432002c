using Vigil.AspNetCore.Configuration;

namespace Vigil.AspNetCore.Tests.Configuration;

public sealed class VigilOptionsValidatorTests
{
    private static VigilOptions Valid() => new() { Endpoint = "https://vigil.example.com/base/", ApiKey = " key " };

    [Fact]
    public void Valid_options_become_settings()
    {
        var problems = VigilOptionsValidator.Validate(Valid(), "app", out var settings);

        Assert.Empty(problems);
        Assert.NotNull(settings);
        Assert.Equal("https://vigil.example.com/base/v1/ingest", settings.IngestUri.ToString());
        Assert.Equal("key", settings.ApiKey);
        Assert.Equal("app", settings.ServiceName);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var options = new VigilOptions
        {
            Endpoint = "/relative",
            MaxBodyBytes = -1,
            QueueCapacity = 0,
            MaxQueueBytes = 0,
            BatchSize = 0,
            FlushInterval = TimeSpan.Zero,
            MaxRetries = -1,
            RequestTimeout = TimeSpan.Zero,
            ShutdownTimeout = TimeSpan.FromSeconds(-1),
            TrustedProxies = ["10.0.0.0/99"],
            ExcludePaths = ["health"],
        };

        var problems = VigilOptionsValidator.Validate(options, "app", out var settings);

        Assert.Null(settings);
        Assert.Equal(12, problems.Count);
    }

    [Theory]
    [InlineData("10.0.0.5", "10.0.0.5", true)]
    [InlineData("10.0.0.0/8", "10.200.1.1", true)]
    [InlineData("10.0.0.0/8", "11.0.0.1", false)]
    [InlineData("::ffff:192.168.1.1", "192.168.1.1", true)]
    [InlineData("2001:db8::/32", "2001:db8::7", true)]
    public void Trusted_proxies_accept_addresses_and_networks(string entry, string address, bool contains)
    {
        Assert.True(VigilOptionsValidator.TryParseNetwork(entry, out var network));
        Assert.Equal(contains, network.Contains(System.Net.IPAddress.Parse(address)));
    }
}
